-- Personal access tokens for the REST API (Authorization: Bearer). Only a SHA-256 of each token is kept: the token
-- itself is shown once, when it is made. A token of a deleted account goes with it.
create table access_token (
    id           uuid primary key,
    user_id      uuid        not null references app_user (id) on delete cascade,
    name         text        not null,
    token_hash   text        not null unique,
    -- the token's beginning, so its owner can tell tokens apart in lists
    prefix       text        not null,
    created_at   timestamptz not null default now(),
    last_used_at timestamptz,
    expires_at   timestamptz,
    revoked_at   timestamptz,
    constraint access_token_name_not_blank check (btrim(name) <> '')
);
create index access_token_user_idx on access_token (user_id);
