-- The coach's note printed in a lifter's 4-6 week review: one per lifter and review end week (the
-- Monday of the review's last week), so switching between 4, 5 and 6 weeks keeps it. The author's
-- name is kept as it was when saved: it is printed under the note.
create table review_note (
    lifter_id   bigint        not null references account (id),
    last_week   date          not null,
    author_id   bigint        not null references account (id),
    author_name varchar(80)   not null,
    note        varchar(20000) not null,
    updated_at  timestamp with time zone not null,
    version     bigint        not null,
    primary key (lifter_id, last_week)
);
