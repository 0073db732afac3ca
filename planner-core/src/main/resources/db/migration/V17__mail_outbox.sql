-- Every e-mail Upright sends, kept in the database (docs/adr/0022). A mail is stored in the same
-- transaction as the change it tells about and sent after commit by the job engine: it survives a
-- restart, waits while the mail server is down, and is sent by one node only.
-- account_id is the account whose "Sent mail" page shows it (null for mail to an address that is
-- not yet the account's, such as the confirmation of a new address).
-- link is the secret link of the mail (reset, verification, change of address): the stored bodies
-- hold a placeholder; the link is put in at sending and forgotten once the mail has gone.
-- state: QUEUED, SENDING (claimed by one attempt), SENT (handed to the SMTP server) or KEPT (no SMTP
-- server configured: kept here and written to the log). No CHECK (... IN ...): H2 2.4 breaks them.
create table outbox_mail (
    id          uuid          not null primary key,
    account_id  bigint        references account (id) on delete set null,
    to_address  varchar(320)  not null,
    subject     varchar(300)  not null,
    text_body   varchar(20000) not null,
    html_body   varchar(40000) not null,
    link        varchar(1000),
    state       varchar(16)   not null,
    attempts    integer       not null,
    created_at  timestamp with time zone not null,
    claimed_at  timestamp with time zone,
    sent_at     timestamp with time zone,
    last_error  varchar(500)
);
create index outbox_mail_account_idx on outbox_mail (account_id, created_at);
