-- Sign-up attempts counted per client and per e-mail address and hour (docs/adr/0012): until
-- sign-up can answer by mail, its answer tells whether an address has an account, so asking is
-- rate-limited. subject is 'client:<address of the client>' or 'address:<normalised e-mail>'.
create table sign_up_attempt (
    subject      varchar(300) not null,
    window_start timestamp with time zone not null,
    attempts     integer not null,
    primary key (subject, window_start)
);
