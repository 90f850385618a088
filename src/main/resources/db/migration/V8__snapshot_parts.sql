-- The registers kept beside an earlier version's sections (its model, glossary and references as they stood when it
-- was published), as JSON documents named like workspace_part's; a register that was not kept has no row.
create table snapshot_part (
    workspace_id varchar(200) not null references workspace (id) on delete cascade,
    version varchar(50) not null,
    name varchar(100) not null,
    content text not null,
    primary key (workspace_id, version, name)
);
