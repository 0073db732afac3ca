-- Files sent with a mail (docs/adr/0026): a review PDF travels with its mail in the database, so a
-- mail queued on one node and sent by another (or after a restart) still carries its file, and
-- PostgreSQL and H2 store the bytes the same way. Kept with the mail (the Sent mail page names it)
-- and gone with it.
create table outbox_attachment (
    mail_id      uuid         not null references outbox_mail (id) on delete cascade,
    position     integer      not null,
    file_name    varchar(255) not null,
    content_type varchar(100) not null,
    bytes        bytea        not null,
    primary key (mail_id, position)
);
