-- Deleted projects (decision 0033). A project's deletion takes its data and its history with it; this row is what
-- remains: which project it was, who deleted it, when, and what went, in the words the confirmation used.
create table project_deletion (
    id         bigint generated always as identity primary key,
    project_id uuid        not null,
    name       text        not null,
    deleted_by uuid        references app_user (id) on delete set null,
    deleted_at timestamptz not null default now(),
    what_went  text        not null
);
