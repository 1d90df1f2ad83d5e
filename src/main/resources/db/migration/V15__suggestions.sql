-- What annotators decided about suggestions: spans proposed to them by a named source (Slant's own rules: "quotes",
-- "non-editorial", "shared-passage"; later a model or a dataset), which they accept (the span is then theirs, made
-- through the usual save) or reject (the proposal is then not shown to them again on that document). A suggestion
-- is not a span: only accepted ones become spans, and only spans count in agreement and exports.
-- One row per annotator, document and proposal (source, layer, label, offsets): the latest decision. Counting a
-- source's decisions per label is a group by on (project_id, source, label_id).
create table suggestion_decision (
    id           uuid primary key,
    project_id   uuid        not null references project (id) on delete cascade,
    document_id  uuid        not null references document (id) on delete cascade,
    annotator_id uuid        not null references app_user (id),
    -- free text, so that any source of proposals can be counted apart
    source       text        not null check (length(source) between 1 and 100),
    layer_id     uuid        not null references layer (id) on delete cascade,
    label_id     uuid        not null references label (id) on delete cascade,
    -- Unicode code point offsets into the document's text, end-exclusive, as the proposal had them
    start_offset integer     not null check (start_offset >= 0),
    end_offset   integer     not null,
    decision     text        not null check (decision in ('ACCEPTED', 'REJECTED')),
    -- the span an acceptance made (no foreign key: the annotator may delete the span later; the decision stays)
    span_id      uuid,
    decided_at   timestamptz not null default now(),
    constraint suggestion_decision_offsets check (end_offset > start_offset),
    constraint suggestion_decision_once unique (document_id, annotator_id, source, layer_id, label_id, start_offset,
        end_offset)
);
create index suggestion_decision_project_idx on suggestion_decision (project_id, source, label_id);
