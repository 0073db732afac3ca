-- "Delete my account" (issue 14). The account row stays as an anonymous tombstone: coaches' own
-- exercises used in others' plans, edits a coach made in a client's week and checks a coach
-- recorded still name an account id. deleted_at marks it; every request of a session signed in to
-- it is refused from then on, on whichever node (the sessions are invalidated).
alter table account add column deleted_at timestamp with time zone;

-- What a person is told inside Upright when someone they worked with leaves: a coach whose client
-- deleted their account, a client whose coach did. The name is kept as it was (the reader knew it);
-- kind is one of the accountdata bundle's notice keys. No CHECK (... IN ...): H2 (issue 10).
create sequence account_notice_seq start with 1 increment by 50;

create table account_notice (
    id           bigint       not null primary key,
    account_id   bigint       not null references account (id),
    kind         varchar(40)  not null,
    about_name   varchar(80)  not null,
    created_at   timestamp with time zone not null,
    dismissed_at timestamp with time zone
);

create index account_notice_account_idx on account_notice (account_id);
