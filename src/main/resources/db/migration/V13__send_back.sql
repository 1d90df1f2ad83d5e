-- A curator or manager sent an annotator's finished document back to them: the assignment went back to in progress,
-- with an optional note the annotator reads in their queue until they finish the document again (answered_at).
-- Rows are kept: who sent whose work back, when and why.
create table send_back (
    id           uuid primary key,
    project_id   uuid        not null references project (id) on delete cascade,
    document_id  uuid        not null references document (id) on delete cascade,
    annotator_id uuid        not null references app_user (id),
    sent_by      uuid references app_user (id),
    note         text,
    sent_at      timestamptz not null default now(),
    answered_at  timestamptz
);
create index send_back_assignment_idx on send_back (document_id, annotator_id, sent_at);
