-- Gold: the curated spans and answers of a document. Stored apart from the annotators' work, which curation reads
-- but never changes; audited like annotation, with where each change came from.

create table gold_span (
    id                   uuid primary key,
    document_id          uuid        not null references document (id) on delete cascade,
    layer_id             uuid        not null references layer (id),
    label_id             uuid        not null references label (id),
    -- Unicode code point offsets into the document's text, end-exclusive (Python's text[start:end])
    start_offset         integer     not null check (start_offset >= 0),
    end_offset           integer     not null,
    attributes           jsonb       not null default '{}'::jsonb,
    -- how it came into gold: MERGED by a rule, ACCEPTED from an annotator, or made by the CURATOR
    origin               text        not null check (origin in ('MERGED', 'ACCEPTED', 'CURATOR')),
    -- the rule that merged it (e.g. 'MAJORITY'), or the username it was accepted from
    origin_detail        text,
    -- the annotator's span or answer it was accepted from (no foreign key: that one may be deleted later)
    source_id            uuid,
    -- a person made it or changed it since: a merge never overwrites it
    person_made          boolean     not null,
    created_at           timestamptz not null default now(),
    updated_at           timestamptz not null default now(),
    version              bigint      not null default 0,
    constraint gold_span_offsets check (end_offset > start_offset)
);
create index gold_span_document_idx on gold_span (document_id, layer_id, start_offset);
create index gold_span_label_idx on gold_span (label_id);

create table gold_answer (
    id                   uuid primary key,
    document_id          uuid        not null references document (id) on delete cascade,
    layer_id             uuid        not null references layer (id),
    label_id             uuid        not null references label (id),
    attributes           jsonb       not null default '{}'::jsonb,
    origin               text        not null check (origin in ('MERGED', 'ACCEPTED', 'CURATOR')),
    origin_detail        text,
    source_id            uuid,
    person_made          boolean     not null,
    created_at           timestamptz not null default now(),
    updated_at           timestamptz not null default now(),
    version              bigint      not null default 0,
    constraint gold_answer_once unique (document_id, layer_id, label_id)
);
create index gold_answer_label_idx on gold_answer (label_id);

-- Where a document's curation stands; no row means not started.
create table curation (
    document_id  uuid primary key references document (id) on delete cascade,
    project_id   uuid        not null references project (id) on delete cascade,
    status       text        not null check (status in ('IN_PROGRESS', 'CURATED')),
    changed_by   uuid references app_user (id),
    changed_at   timestamptz not null default now()
);
create index curation_project_idx on curation (project_id, status);

-- Append-only, without foreign keys, like annotation_event: the history outlives what it describes.
create table gold_event (
    id          bigint generated always as identity primary key,
    gold_id     uuid,
    target      text        not null check (target in ('SPAN', 'ANSWER', 'DOCUMENT')),
    project_id  uuid        not null,
    document_id uuid        not null,
    actor_id    uuid,
    action      text        not null check (action in ('CREATE', 'UPDATE', 'DELETE', 'CURATED', 'REOPENED')),
    -- where the change came from: MERGED, ACCEPTED or CURATOR (null for status changes)
    origin      text,
    at          timestamptz not null default now(),
    before      jsonb,
    after       jsonb,
    reason      text
);
create index gold_event_document_idx on gold_event (document_id, at);
create index gold_event_gold_idx on gold_event (gold_id, id);
create index gold_event_project_idx on gold_event (project_id, at);
