-- The profile and targets in force from a week on (domain §6: each week of a review is judged
-- against the targets that were in force that week; changing them never re-scores past weeks).
-- A row holds from its week until the next row's week. Written when a profile change alters what
-- the balance rules use; the first change also records what held before it, from 1970-01-05
-- (a Monday), so that earlier weeks keep it. A lifter without rows has only ever had the current
-- profile. The primary key keeps one row per lifter and week even when two changes race.
create table lifter_profile_week (
    lifter_id        bigint       not null references account (id),
    from_week        date         not null,
    upper_back_care  boolean      not null,
    equipment        varchar(400) not null,
    push_pull_target double precision,
    mobility_target  integer,
    primary key (lifter_id, from_week)
);
