-- Governance of the review workflow (review/*.yaml in the workspace folder). Records are kept as the same JSON
-- trees as the YAML (payload), with the columns pages and rules query. Nothing is deleted by the workflow: later
-- dispositions and decisions supersede earlier ones. Ids are per workspace, allocated while the workspace row is
-- locked (select ... for update) and guarded by the primary keys, so concurrent writers never share an id.

-- Optimistic locking of sections: every saved edit increments the revision; updated_by is who saved it.
alter table section add column revision integer not null default 1;
alter table section add column updated_by varchar(200);

create table version_state (
    workspace_id varchar(200) not null references workspace (id) on delete cascade,
    version varchar(50) not null,
    state varchar(30) not null,
    primary key (workspace_id, version)
);

create table consultation (
    workspace_id varchar(200) not null references workspace (id) on delete cascade,
    id bigint not null,
    version varchar(50) not null,
    opens date not null,
    closes date not null,
    payload text not null,
    primary key (workspace_id, id)
);

create table comment (
    workspace_id varchar(200) not null references workspace (id) on delete cascade,
    id bigint not null,
    version varchar(50) not null,
    consultation_id bigint,
    author varchar(200) not null,
    payload text not null,
    primary key (workspace_id, id)
);

create table disposition (
    workspace_id varchar(200) not null references workspace (id) on delete cascade,
    position integer not null,
    comment_id bigint not null,
    outcome varchar(30) not null,
    payload text not null,
    primary key (workspace_id, position),
    foreign key (workspace_id, comment_id) references comment (workspace_id, id) on delete cascade
);

create table decision (
    workspace_id varchar(200) not null references workspace (id) on delete cascade,
    position integer not null,
    version varchar(50) not null,
    outcome varchar(30) not null,
    payload text not null,
    primary key (workspace_id, position)
);

create table notice (
    workspace_id varchar(200) not null references workspace (id) on delete cascade,
    id bigint not null,
    version varchar(50) not null,
    state varchar(20) not null,
    payload text not null,
    primary key (workspace_id, id)
);

create table audit_entry (
    workspace_id varchar(200) not null references workspace (id) on delete cascade,
    sequence bigint not null,
    at varchar(40) not null,
    actor varchar(200) not null,
    action varchar(100) not null,
    subject_kind varchar(50) not null,
    subject_id varchar(200) not null,
    before_text text,
    after_text text,
    primary key (workspace_id, sequence)
);
