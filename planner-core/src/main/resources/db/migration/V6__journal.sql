-- The journal (domain §4): session logs, pain check-ins, red-flag checklists, professional
-- clearances and habits. SQL that both PostgreSQL and H2 (PostgreSQL mode) accept.

-- A planned session is logged at most once per week (done or skipped); the log names the session
-- by the id it has inside its week plan. Unplanned sessions have no session id (NULLs are distinct
-- in a unique constraint, so any number of them is allowed). Kind and title are copied from the
-- plan when the log is written, so a log still reads sensibly after the session leaves the plan.
create sequence session_log_seq start with 1 increment by 50;

create table session_log (
    id           bigint        not null primary key,
    lifter_id    bigint        not null references account (id),
    week_start   date          not null,
    session_id   varchar(100),
    log_date     date          not null,
    status       varchar(12)   not null,
    session_kind varchar(24)   not null,
    title        varchar(80)   not null,
    session_rpe  integer,
    note         varchar(500)  not null,
    -- Actual sets, reps and loads per prescription, as a small JSON array (often empty).
    actuals      varchar(1000000) not null,
    recorded_at  timestamp with time zone not null,
    version      bigint        not null,
    constraint session_log_status_check check (status in ('DONE', 'SKIPPED', 'UNPLANNED')),
    constraint session_log_rpe_check check (session_rpe is null or (session_rpe between 1 and 10)),
    constraint session_log_planned_unique unique (lifter_id, week_start, session_id)
);

create index session_log_lifter_week_idx on session_log (lifter_id, week_start);

create sequence pain_check_in_seq start with 1 increment by 50;

create table pain_check_in (
    id            bigint       not null primary key,
    lifter_id     bigint       not null references account (id),
    check_in_date date         not null,
    timing        varchar(8)   not null,
    score         integer      not null,
    location      varchar(32),
    note          varchar(500) not null,
    session_id    varchar(100),
    recorded_at   timestamp with time zone not null,
    constraint pain_check_in_timing_check check (timing in ('BEFORE', 'AFTER')),
    constraint pain_check_in_score_check check (score between 0 and 10)
);

create index pain_check_in_lifter_date_idx on pain_check_in (lifter_id, check_in_date);

-- Red-flag checklists and professional clearances. recorded_at matters: on one date, the order in
-- which a check and a clearance were recorded decides whether the clearance covers the check's
-- flags (see journal.RedFlagTimeline).
create sequence red_flag_check_seq start with 1 increment by 50;

create table red_flag_check (
    id          bigint       not null primary key,
    lifter_id   bigint       not null references account (id),
    check_date  date         not null,
    -- The ticked flags' names, comma-separated; empty when the answer was "none of these".
    flags       varchar(400) not null,
    reason      varchar(32)  not null,
    recorded_at timestamp with time zone not null,
    recorded_by bigint       not null references account (id)
);

create index red_flag_check_lifter_idx on red_flag_check (lifter_id);

create sequence professional_clearance_seq start with 1 increment by 50;

create table professional_clearance (
    id          bigint       not null primary key,
    lifter_id   bigint       not null references account (id),
    cleared_on  date         not null,
    note        varchar(500) not null,
    recorded_at timestamp with time zone not null
);

create index professional_clearance_lifter_idx on professional_clearance (lifter_id);

-- Up to two habits for a four-week block. A new block ends the current one the day before.
create sequence habit_block_seq start with 1 increment by 50;

create table habit_block (
    id           bigint      not null primary key,
    lifter_id    bigint      not null references account (id),
    starts_on    date        not null,
    ends_on      date        not null,
    first_habit  varchar(80) not null,
    second_habit varchar(80),
    version      bigint      not null
);

create index habit_block_lifter_idx on habit_block (lifter_id, starts_on);

create sequence habit_tick_seq start with 1 increment by 50;

create table habit_tick (
    id        bigint      not null primary key,
    lifter_id bigint      not null references account (id),
    tick_date date        not null,
    habit     varchar(80) not null,
    constraint habit_tick_unique unique (lifter_id, tick_date, habit)
);
