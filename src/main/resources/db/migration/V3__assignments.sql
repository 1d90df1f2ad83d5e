-- Who works on which document: created when an annotator opens a document (until managers assign work), with
-- the state of the work and the time actively spent on it.
create table assignment (
    id             uuid primary key,
    project_id     uuid        not null references project (id) on delete cascade,
    document_id    uuid        not null references document (id) on delete cascade,
    annotator_id   uuid        not null references app_user (id),
    status         text        not null default 'ASSIGNED'
        check (status in ('ASSIGNED', 'IN_PROGRESS', 'DONE', 'SKIPPED')),
    active_seconds integer     not null default 0 check (active_seconds >= 0),
    assigned_at    timestamptz not null default now(),
    started_at     timestamptz,
    finished_at    timestamptz,
    version        bigint      not null default 0,
    constraint assignment_once unique (document_id, annotator_id)
);
create index assignment_annotator_idx on assignment (annotator_id, status);
create index assignment_project_idx on assignment (project_id, status);
