-- Slant's core: users, projects, their schema (layers, labels, attributes) and corpus (stories, outlets, documents).
-- Identifiers are UUIDs made by the application, so a project moved to another installation keeps them.

create table app_user (
    id            uuid primary key,
    username      text        not null,
    display_name  text        not null,
    password_hash text        not null,
    system_role   text        not null check (system_role in ('ADMIN', 'USER')),
    active        boolean     not null default true,
    created_at    timestamptz not null default now(),
    constraint app_user_username_not_blank check (btrim(username) <> '')
);
-- usernames are compared without case: "Admin" and "admin" are one account
create unique index app_user_username_key on app_user (lower(username));

create table project (
    id                      uuid primary key,
    name                    text        not null,
    description             text        not null default '',
    guidelines              text        not null default '',
    annotators_per_document integer     not null default 1 check (annotators_per_document >= 1),
    blind                   boolean     not null default true,
    snap_to_words           boolean     not null default true,
    created_at              timestamptz not null default now(),
    constraint project_name_not_blank check (btrim(name) <> '')
);

create table story (
    id            uuid primary key,
    project_id    uuid        not null references project (id) on delete cascade,
    title         text        not null,
    event_date    date,
    description   text        not null default '',
    main_entities jsonb       not null default '[]'::jsonb,
    created_at    timestamptz not null default now(),
    constraint story_title_unique unique (project_id, title)
);

create table outlet (
    id         uuid primary key,
    project_id uuid        not null references project (id) on delete cascade,
    name       text        not null,
    leaning    text,
    meta       jsonb       not null default '{}'::jsonb,
    created_at timestamptz not null default now(),
    constraint outlet_name_unique unique (project_id, name)
);

create table document (
    id          uuid primary key,
    project_id  uuid        not null references project (id) on delete cascade,
    -- import order within the project: the default order of lists and exports
    position    integer     not null,
    story_id    uuid        references story (id) on delete set null,
    outlet_id   uuid        references outlet (id) on delete set null,
    title       text        not null,
    url         text,
    published   date,
    external_id text,
    meta        jsonb       not null default '{}'::jsonb,
    -- immutable once imported: annotations point into it by code point offsets
    text        text        not null,
    text_sha256 text        not null check (text_sha256 ~ '^[0-9a-f]{64}$'),
    code_points integer     not null,
    words       integer     not null,
    created_at  timestamptz not null default now(),
    constraint document_position_unique unique (project_id, position),
    constraint document_text_unique unique (project_id, text_sha256)
);
create index document_story_idx on document (story_id);
create index document_outlet_idx on document (outlet_id);

create table layer (
    id              uuid primary key,
    project_id      uuid    not null references project (id) on delete cascade,
    position        integer not null,
    name            text    not null,
    kind            text    not null check (kind in ('SPAN', 'DOCUMENT')),
    overlap_allowed boolean not null default true,
    -- labels form an ordered scale (e.g. tone): ordinal agreement applies
    ordered         boolean not null default false,
    description     text    not null default '',
    constraint layer_name_unique unique (project_id, name)
);

create table label (
    id          uuid primary key,
    layer_id    uuid    not null references layer (id) on delete cascade,
    position    integer not null,
    name        text    not null,
    colour      text    not null check (colour ~ '^#[0-9a-fA-F]{6}$'),
    key_binding text,
    description text    not null default '',
    constraint label_name_unique unique (layer_id, name)
);

create table attribute_definition (
    id              uuid primary key,
    layer_id        uuid    not null references layer (id) on delete cascade,
    -- null: the attribute applies to every label of the layer
    -- deferred: a layer's labels and attributes are written together, in whatever order JPA flushes them
    label_id        uuid references label (id) on delete cascade deferrable initially deferred,
    position        integer not null,
    name            text    not null,
    type            text    not null check (type in ('CHOICE', 'MULTI_CHOICE', 'TEXT', 'BOOLEAN', 'ENTITY')),
    options         jsonb   not null default '[]'::jsonb,
    required        boolean not null default false,
    -- shown and asked only when another attribute of the same span has this value (BASIL: speaker when in quote)
    condition_attribute_id uuid references attribute_definition (id) on delete set null
        deferrable initially deferred,
    condition_value text,
    description     text    not null default ''
);
create unique index attribute_definition_name_key
    on attribute_definition (layer_id, coalesce(label_id, '00000000-0000-0000-0000-000000000000'::uuid), name);
