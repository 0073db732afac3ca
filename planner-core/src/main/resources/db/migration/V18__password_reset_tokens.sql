-- "Forgot password" links (docs/adr/0022). Only the SHA-256 of a token is stored: a copy of the
-- database cannot be used to reset anyone's password. A token works once (used_at) and for 30 minutes.
-- Requests are rate-limited in sign_up_attempt (V13) under subjects 'reset-client:…' and 'reset-address:…'.
create table password_reset_token (
    token_hash  varchar(64) not null primary key,
    account_id  bigint      not null references account (id) on delete cascade,
    created_at  timestamp with time zone not null,
    expires_at  timestamp with time zone not null,
    used_at     timestamp with time zone
);
create index password_reset_token_account_idx on password_reset_token (account_id);

-- When the password was last set through a reset link: sessions signed in before it end at their
-- next request, on every node (a session holds no password hash to compare; Spring Security erases it).
alter table account add column password_changed_at timestamp with time zone;
