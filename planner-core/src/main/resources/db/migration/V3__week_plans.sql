-- Week plans and week templates. A week is one aggregate, always loaded, evaluated and saved
-- whole, so its sessions and prescriptions are kept as one JSON document (docs/adr/0003).
-- varchar(1000000) rather than text/jsonb: the one type PostgreSQL and H2 both map to VARCHAR.

create sequence week_plan_seq start with 1 increment by 50;

create table week_plan (
    id         bigint not null primary key,
    lifter_id  bigint not null references account (id),
    week_start date   not null,
    content    varchar(1000000) not null,
    version    bigint not null,
    updated_at timestamp with time zone not null,
    updated_by bigint not null references account (id),
    constraint week_plan_lifter_week_unique unique (lifter_id, week_start)
);

create sequence week_template_seq start with 1 increment by 50;

create table week_template (
    id         bigint      not null primary key,
    owner_id   bigint      not null references account (id),
    name       varchar(80) not null,
    content    varchar(1000000) not null,
    created_at timestamp with time zone not null,
    version    bigint      not null
);

create index week_template_owner_idx on week_template (owner_id);
