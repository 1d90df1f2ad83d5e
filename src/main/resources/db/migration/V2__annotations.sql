-- What annotators record: spans of text (SPAN layers), answers about whole articles (DOCUMENT layers), and the
-- append-only history of every change to either.

create table span_annotation (
    id           uuid primary key,
    document_id  uuid        not null references document (id) on delete cascade,
    annotator_id uuid        not null references app_user (id),
    layer_id     uuid        not null references layer (id),
    label_id     uuid        not null references label (id),
    -- Unicode code point offsets into the document's text, end-exclusive (Python's text[start:end])
    start_offset integer     not null check (start_offset >= 0),
    end_offset   integer     not null,
    attributes   jsonb       not null default '{}'::jsonb,
    created_at   timestamptz not null default now(),
    updated_at   timestamptz not null default now(),
    -- optimistic locking: a stale edit is refused instead of overwriting a newer one
    version      bigint      not null default 0,
    constraint span_annotation_offsets check (end_offset > start_offset)
);
create index span_annotation_document_idx on span_annotation (document_id, annotator_id);
create index span_annotation_layer_idx on span_annotation (layer_id);
create index span_annotation_label_idx on span_annotation (label_id);

create table document_answer (
    id           uuid primary key,
    document_id  uuid        not null references document (id) on delete cascade,
    annotator_id uuid        not null references app_user (id),
    layer_id     uuid        not null references layer (id),
    label_id     uuid        not null references label (id),
    attributes   jsonb       not null default '{}'::jsonb,
    created_at   timestamptz not null default now(),
    updated_at   timestamptz not null default now(),
    version      bigint      not null default 0,
    constraint document_answer_once unique (document_id, annotator_id, layer_id, label_id)
);
create index document_answer_layer_idx on document_answer (layer_id);
create index document_answer_label_idx on document_answer (label_id);

-- No foreign keys on purpose: the history outlives what it describes (a deleted label, layer or annotation).
create table annotation_event (
    id            bigint generated always as identity primary key,
    annotation_id uuid        not null,
    target        text        not null check (target in ('SPAN', 'ANSWER')),
    project_id    uuid        not null,
    document_id   uuid        not null,
    actor_id      uuid,
    action        text        not null check (action in ('CREATE', 'UPDATE', 'DELETE')),
    at            timestamptz not null default now(),
    -- the annotation as JSON before and after the change (null before a CREATE and after a DELETE)
    before        jsonb,
    after         jsonb,
    -- why, when the change was not the annotator's own edit (e.g. "label 'Cue' deleted from the schema")
    reason        text
);
create index annotation_event_document_idx on annotation_event (document_id, at);
create index annotation_event_annotation_idx on annotation_event (annotation_id, id);
create index annotation_event_project_idx on annotation_event (project_id, at);
