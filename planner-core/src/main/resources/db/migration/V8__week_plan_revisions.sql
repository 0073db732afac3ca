-- The recent saved versions of each week, so that undo and "apply my change again" can work out
-- what one edit changed and replay that (or its reverse) onto the week as it is now
-- (docs/adr/0009). The service keeps the last 100 versions of each week.
create table week_plan_revision (
    lifter_id  bigint not null references account (id),
    week_start date   not null,
    version    bigint not null,
    content    varchar(1000000) not null,
    changed_by bigint not null references account (id),
    changed_at timestamp with time zone not null,
    constraint week_plan_revision_pk primary key (lifter_id, week_start, version)
);

-- Weeks saved before this change: their current version is the first one kept.
insert into week_plan_revision (lifter_id, week_start, version, content, changed_by, changed_at)
select lifter_id, week_start, version, content, updated_by, updated_at from week_plan;
