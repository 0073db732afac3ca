-- Accounts and sign-in throttling. Written in the SQL that both PostgreSQL and H2 (PostgreSQL
-- mode, the embedded default) accept.

create sequence account_seq start with 1 increment by 50;

create table account (
    id            bigint       not null primary key,
    email         varchar(254) not null,
    password_hash varchar(200) not null,
    display_name  varchar(80)  not null,
    role          varchar(16)  not null,
    created_at    timestamp with time zone not null,
    version       bigint       not null,
    constraint account_email_unique unique (email),
    constraint account_role_check check (role in ('LIFTER', 'COACH'))
);

-- Failed sign-ins are counted per e-mail address whether or not an account exists, so that the
-- lock-out message never tells an attacker which addresses are registered.
create table sign_in_throttle (
    email           varchar(254) not null primary key,
    failed_attempts integer      not null,
    locked_until    timestamp with time zone,
    last_failure_at timestamp with time zone not null
);
