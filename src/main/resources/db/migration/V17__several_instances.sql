-- Several Slant instances on one database (decision 0028).

-- Moved on by every change of the project's schema, in the change's own transaction: each instance keeps a
-- project's layers with the number they were read under, and a save reads the number with its document (no extra
-- statement), so an edit made through one instance is seen by the next save on any other.
alter table project add column schema_version bigint not null default 0;

-- Failed password log-ins per user name (lower case) and the user names locked after too many, shared by all
-- instances so that spreading guesses over them gains nothing. Names that are no account are counted too.
create table login_failure (
    username  text        not null,
    failed_at timestamptz not null
);
create index login_failure_username_idx on login_failure (username, failed_at);
create index login_failure_failed_at_idx on login_failure (failed_at);

create table login_lock (
    username     text primary key,
    locked_until timestamptz not null
);
