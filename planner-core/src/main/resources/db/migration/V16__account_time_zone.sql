-- Each person's time zone (issue 13, docs/adr/0021): an IANA zone id such as Europe/Berlin.
-- Null until the first visit after sign-up tells us the browser's zone; while null, "today" for
-- that person is read in UTC. A column of its own, beside V15's language.
alter table account add column time_zone varchar(64);
