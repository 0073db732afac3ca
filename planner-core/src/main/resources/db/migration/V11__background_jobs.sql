-- Background work that survives a crash and runs on whichever node is free (docs/adr/0016).

-- db-scheduler's own table, as its documentation gives it for PostgreSQL, with varchar keys so that
-- H2 (the embedded default) can index them too. Every node polls it; a row picked by a node that
-- stops sending heartbeats is picked again by another.
create table scheduled_tasks (
    task_name            varchar(100) not null,
    task_instance        varchar(100) not null,
    task_data            bytea,
    execution_time       timestamp with time zone not null,
    picked               boolean not null,
    picked_by            varchar(100),
    last_success         timestamp with time zone,
    last_failure         timestamp with time zone,
    consecutive_failures integer,
    last_heartbeat       timestamp with time zone,
    version              bigint not null,
    priority             smallint,
    primary key (task_name, task_instance)
);
create index scheduled_tasks_execution_time_idx on scheduled_tasks (execution_time);
create index scheduled_tasks_last_heartbeat_idx on scheduled_tasks (last_heartbeat);
create index scheduled_tasks_priority_execution_time_idx on scheduled_tasks (priority desc, execution_time asc);

-- A coach's bulk review download: what to prepare, how far it got, and the finished ZIP.
-- going_coach_id is the coach's id while the job is queued or running and null once it ended: the
-- unique constraint lets each coach have one job going at a time, whichever node asks.
-- attempt counts the times a worker began the job; a worker whose attempt is no longer current (its
-- node was taken for dead and another node began again) may change nothing.
-- state has no CHECK (... IN ...) on purpose: H2 2.4.240 breaks such constraints (issue 10).
create table bulk_review_job (
    id               uuid         not null primary key,
    coach_id         bigint       not null references account (id),
    going_coach_id   bigint,
    state            varchar(16)  not null,
    end_week         date         not null,
    week_count       integer      not null,
    paper            varchar(16)  not null,
    zip_name         varchar(200) not null,
    total            integer      not null,
    done             integer      not null,
    attempt          integer      not null,
    cancel_requested boolean      not null,
    message          varchar(500) not null,
    zip_size         bigint,
    created_at       timestamp with time zone not null,
    ended_at         timestamp with time zone,
    expires_at       timestamp with time zone,
    constraint bulk_review_job_one_going_per_coach unique (going_coach_id)
);
create index bulk_review_job_coach_idx on bulk_review_job (coach_id);
create index bulk_review_job_expires_idx on bulk_review_job (expires_at);

-- The clients of a job, in the order their reviews go into the ZIP, with their names as they were
-- when the coach asked (to say whom the ZIP leaves out).
create table bulk_review_client (
    job_id       uuid        not null references bulk_review_job (id) on delete cascade,
    position     integer     not null,
    lifter_id    bigint      not null,
    display_name varchar(80) not null,
    primary key (job_id, position)
);

-- Clients left out of a job (no longer the coach's client when the worker got to them), per attempt.
create table bulk_review_left_out (
    job_id   uuid         not null references bulk_review_job (id) on delete cascade,
    attempt  integer      not null,
    position integer      not null,
    sentence varchar(500) not null,
    primary key (job_id, attempt, position)
);

-- The ZIP in pieces of at most 1 MiB, written and read one piece at a time: every node can serve it,
-- memory holds one piece whatever the ZIP's size, and PostgreSQL and H2 store it the same way.
create table bulk_review_zip_part (
    job_id  uuid    not null references bulk_review_job (id) on delete cascade,
    attempt integer not null,
    seq     integer not null,
    bytes   bytea   not null,
    primary key (job_id, attempt, seq)
);
