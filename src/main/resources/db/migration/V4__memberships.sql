-- Who belongs to which project, and in which role. System admins need no membership to see everything.
create table membership (
    id         uuid primary key,
    project_id uuid        not null references project (id) on delete cascade,
    user_id    uuid        not null references app_user (id) on delete cascade,
    role       text        not null check (role in ('MANAGER', 'CURATOR', 'ANNOTATOR')),
    created_at timestamptz not null default now(),
    constraint membership_once unique (project_id, user_id)
);
create index membership_user_idx on membership (user_id);

-- An annotator's optional self-description, for perspectivist exports only; managers see it, nobody else.
create table annotator_profile (
    user_id             uuid primary key references app_user (id) on delete cascade,
    age_band            text,
    gender              text,
    education           text,
    political_placement integer check (political_placement between 0 and 10),
    news_diet           jsonb       not null default '[]'::jsonb,
    updated_at          timestamptz not null default now()
);
