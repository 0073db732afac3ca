-- Invitations go out by e-mail (issue 14, docs/adr/0025): when the link was last mailed and how
-- often, so that re-sending can be limited in the database. Invitations made before this were
-- never mailed: null and 0, and the first re-send is allowed at once.
alter table invitation add column last_sent_at timestamp with time zone;
alter table invitation add column times_sent integer default 0 not null;
