-- Review rhythm and sent reviews (issue 14). Each client is reviewed every 4, 5 or 6 weeks, as
-- their coach sets it (4 when never set); a review is due once that many complete weeks have passed
-- since the last review sent, or since the coaching began.
create table review_rhythm (
    lifter_id  bigint  not null primary key references account (id),
    weeks      integer not null,
    updated_at timestamp with time zone not null,
    updated_by bigint  not null references account (id),
    constraint review_rhythm_weeks_check check (weeks between 4 and 6)
);

-- Each review sent to a client: the weeks it covered and when it went. The roster shows the latest.
create sequence review_sent_seq start with 1 increment by 50;

create table review_sent (
    id         bigint  not null primary key,
    lifter_id  bigint  not null references account (id),
    last_week  date    not null,
    week_count integer not null,
    sent_at    timestamp with time zone not null,
    sent_by    bigint  not null references account (id),
    automatic  boolean not null
);

create index review_sent_lifter_idx on review_sent (lifter_id, sent_at);

-- A coach's choice to send each due review by itself on one weekday (ISO day 1 = Monday ... 7).
-- No row: the coach sends reviews by hand.
create table review_auto_send (
    coach_id   bigint  not null primary key references account (id),
    iso_day    integer not null,
    updated_at timestamp with time zone not null,
    constraint review_auto_send_day_check check (iso_day between 1 and 7)
);
