-- Sign-up verification and links by mail for one's own address (issue 14, docs/adr/0024).

-- When the owner proved the address by following the link mailed to it; null until then, and an
-- account whose address is unconfirmed cannot sign in. Accounts made before verification existed
-- count as confirmed: their owners have been signing in with them.
alter table account add column email_confirmed_at timestamp with time zone;
update account set email_confirmed_at = created_at;

-- Every link that acts on one's own account lives in one table, hashed at rest, single use, with
-- one expiry each (V18): a reset ('RESET'), a sign-up's confirmation ('CONFIRM_ADDRESS') and a new
-- address ('NEW_ADDRESS', with the address it will become in email). A link of one purpose never
-- works for another. No CHECK (... IN ...): H2 (issue 10).
alter table password_reset_token add column purpose varchar(20) default 'RESET' not null;
alter table password_reset_token add column email varchar(254);
