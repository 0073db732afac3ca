-- Sending reviews by e-mail (docs/adr/0026).

-- A review sent by itself is sent once per client and period, whichever node decides to send it:
-- automatic_lifter_id holds the client's id on automatic sends only (null on a coach's own sends, which
-- may repeat, e.g. after a corrected note), and NULLs never collide, in PostgreSQL and H2 alike.
alter table review_sent add column automatic_lifter_id bigint;
alter table review_sent add constraint review_sent_automatic_once unique (automatic_lifter_id, last_week);

-- The weekday to send due reviews on is chosen per client (V20 kept one per coach, which no screen
-- wrote). A coach's earlier choice is kept for each of their current clients.
create table review_auto_send_client (
    lifter_id  bigint  not null primary key references account (id),
    iso_day    integer not null,
    updated_at timestamp with time zone not null,
    updated_by bigint  not null references account (id),
    constraint review_auto_send_client_day_check check (iso_day between 1 and 7)
);
insert into review_auto_send_client (lifter_id, iso_day, updated_at, updated_by)
    select c.current_lifter_id, a.iso_day, a.updated_at, a.coach_id
    from review_auto_send a join coaching c on c.coach_id = a.coach_id
    where c.current_lifter_id is not null;
drop table review_auto_send;
alter table review_auto_send_client rename to review_auto_send;
