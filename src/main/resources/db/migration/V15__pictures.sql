-- The pictures sections show (figures/... in the workspace: PNG, JPEG, GIF or SVG, at most 20 MiB each), by their
-- path in the workspace, with their bytes as they are, so an export gives back the same files.
create table picture (
    workspace_id varchar(200) not null references workspace (id) on delete cascade,
    path varchar(500) not null,
    content bytea not null,
    primary key (workspace_id, path)
);
