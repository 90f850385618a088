-- The frozen sections of earlier versions, so any two versions can be compared and rebuilt from the database.
create table snapshot_section (
    workspace_id varchar(200) not null references workspace (id) on delete cascade,
    version varchar(50) not null,
    number varchar(100) not null,
    position integer not null,
    front_matter text not null,
    body text not null,
    primary key (workspace_id, version, number)
);
