-- Pre-annotations: spans imported as suggestions of a named source (a model's predictions, a published dataset's
-- labels) instead of as anyone's work. Annotators see them dimmed among the suggestions and accept or reject them
-- (suggestion_decision, with this source's name); only accepted ones become spans, so a pre-annotation never counts
-- in agreement or exports by itself. The import that brought them is kept with them for the audit.
create table pre_annotation (
    id            uuid primary key,
    project_id    uuid        not null references project (id) on delete cascade,
    document_id   uuid        not null references document (id) on delete cascade,
    -- the source's name as annotators and managers see it, e.g. "roberta-ptc-v2" or "PTC 2020"
    source        text        not null check (length(source) between 1 and 100),
    layer_id      uuid        not null references layer (id) on delete cascade,
    label_id      uuid        not null references label (id) on delete cascade,
    -- Unicode code point offsets into the document's text, end-exclusive
    start_offset  integer     not null check (start_offset >= 0),
    end_offset    integer     not null,
    -- attribute values by attribute id, as a span's
    attributes    jsonb       not null default '{}'::jsonb,
    imported_from text        not null,
    imported_by   uuid        references app_user (id) on delete set null,
    imported_at   timestamptz not null default now(),
    constraint pre_annotation_offsets check (end_offset > start_offset),
    constraint pre_annotation_once unique (document_id, source, layer_id, label_id, start_offset, end_offset)
);
create index pre_annotation_project_idx on pre_annotation (project_id, source);
