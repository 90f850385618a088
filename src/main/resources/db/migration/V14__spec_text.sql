-- The ingested text of specification versions (specs/<document>/<version>/clauses.yaml), one JSON document per
-- version: read whole by the pages and commands that diff or trace into it.
create table spec_text (
    workspace_id varchar(200) not null references workspace (id) on delete cascade,
    document varchar(100) not null,
    version varchar(100) not null,
    content text not null,
    primary key (workspace_id, document, version)
);
