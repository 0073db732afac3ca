-- Lifter training profiles, each person's weight unit, and coach-client links.

-- Loads are stored in kilograms; each person reads them in their own unit (a coach in lb may
-- plan for a lifter in kg).
alter table account add column weight_unit varchar(2) default 'KG' not null;

create table lifter_profile (
    account_id       bigint      not null primary key references account (id),
    upper_back_care  boolean     not null,
    equipment        varchar(400) not null,
    push_pull_target double precision,
    mobility_target  integer,
    version          bigint      not null
);

-- A lifter has at most one current coach (ended_at is null); former links are kept so that a
-- former coach is recognised as such and denied.
create sequence coaching_seq start with 1 increment by 50;

create table coaching (
    id         bigint not null primary key,
    coach_id   bigint not null references account (id),
    lifter_id  bigint not null references account (id),
    started_at timestamp with time zone not null,
    ended_at   timestamp with time zone,
    version    bigint not null
);

create index coaching_coach_idx on coaching (coach_id);
create index coaching_lifter_idx on coaching (lifter_id);
