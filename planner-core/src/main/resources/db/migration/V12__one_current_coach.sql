-- A lifter has one current coach at most (issue 11, point 2). Two invitations accepted within
-- milliseconds of each other once made two current links; every page of that lifter then failed
-- and neither link could be ended. Written in the SQL that both PostgreSQL and H2 accept.

-- First the repair: where a lifter has several current links, the earliest stays (by start, then
-- by id) and the others end now. The former coaches are then recognised as such, as after any end.
update coaching set ended_at = current_timestamp, version = version + 1
 where ended_at is null
   and exists (select 1 from coaching earlier
                where earlier.lifter_id = coaching.lifter_id
                  and earlier.ended_at is null
                  and (earlier.started_at < coaching.started_at
                       or (earlier.started_at = coaching.started_at and earlier.id < coaching.id)));

-- current_lifter_id is the lifter's id while the link is current and null once it has ended, and
-- unique: a second current link of the same lifter cannot be stored, whichever node tries. (A
-- partial unique index would say the same, but H2, the embedded default, has none; the same
-- pattern as bulk_review_job.going_coach_id.) The check keeps the column true to ended_at ("is not null"
-- spelled out: a check whose condition is unknown lets the row in).
alter table coaching add column current_lifter_id bigint;
update coaching set current_lifter_id = lifter_id where ended_at is null;
alter table coaching add constraint coaching_one_current_coach unique (current_lifter_id);
alter table coaching add constraint coaching_current_lifter_check
    check ((ended_at is null and current_lifter_id is not null and current_lifter_id = lifter_id)
        or (ended_at is not null and current_lifter_id is null));
