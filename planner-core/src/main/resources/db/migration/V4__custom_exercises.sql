-- Coaches' own exercises. Built-in exercises live in code (exercise.BuiltInCatalog), not here.
-- Slugs start with 'custom-' so they never clash with a built-in slug, and never change: plans
-- refer to exercises by slug. Deleting sets deleted_at only, so plans that use an exercise keep
-- resolving it after it leaves the library.

create sequence custom_exercise_seq start with 1 increment by 50;

create table custom_exercise (
    id                 bigint        not null primary key,
    slug               varchar(60)   not null,
    owner_id           bigint        not null references account (id),
    name               varchar(80)   not null,
    equipment          varchar(400)  not null,
    per_side           boolean       not null,
    primary_pattern    varchar(32)   not null,
    secondary_patterns varchar(400)  not null,
    dose_type          varchar(16)   not null,
    dose_sets          integer       not null,
    dose_max_sets      integer       not null,
    dose_low           integer       not null,
    dose_high          integer       not null,
    -- steps, one per line: at most 12 of at most 300 characters
    instructions       varchar(4000) not null,
    why_it_helps       varchar(600)  not null,
    cautions           varchar(600)  not null,
    created_at         timestamp with time zone not null,
    updated_at         timestamp with time zone not null,
    deleted_at         timestamp with time zone,
    version            bigint        not null,
    constraint custom_exercise_slug_unique unique (slug),
    constraint custom_exercise_slug_prefix check (slug like 'custom-%')
);

create index custom_exercise_owner_idx on custom_exercise (owner_id);
