-- One counter for everything the pages show from the workspace tables. Every write to a workspace's content or
-- governance adds one to it in its own transaction (store/Jdbc.inWriteTransaction), so a server, or several sharing
-- the database, knows by reading this one row whether the snapshot it keeps is still the stored workspace.
create table content_revision (
    id integer primary key,
    revision bigint not null
);
insert into content_revision (id, revision) values (1, 0);
