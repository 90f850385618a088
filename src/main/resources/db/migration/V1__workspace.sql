-- One row per workspace; its registers as JSON documents; sections and impact rows as rows,
-- because those are what pages query and what users change one at a time.
create table workspace (
    id varchar(200) primary key,
    title varchar(1000) not null,
    manifest text not null,
    imported_at timestamp not null
);

create table workspace_part (
    workspace_id varchar(200) not null references workspace (id) on delete cascade,
    name varchar(100) not null,
    content text not null,
    primary key (workspace_id, name)
);

create table section (
    workspace_id varchar(200) not null references workspace (id) on delete cascade,
    number varchar(100) not null,
    position integer not null,
    title varchar(2000) not null,
    applicability varchar(20) not null,
    front_matter text not null,
    body text not null,
    primary key (workspace_id, number)
);

create table release_register (
    workspace_id varchar(200) not null references workspace (id) on delete cascade,
    release_id varchar(200) not null,
    header text not null,
    primary key (workspace_id, release_id)
);

create table impact_row (
    workspace_id varchar(200) not null,
    release_id varchar(200) not null,
    row_id varchar(200) not null,
    position integer not null,
    document varchar(200) not null,
    clause varchar(1000),
    section varchar(100) not null,
    status varchar(30) not null,
    payload text not null,
    primary key (workspace_id, release_id, row_id),
    foreign key (workspace_id, release_id) references release_register (workspace_id, release_id) on delete cascade
);
