-- Coaches invite lifters by e-mail address; the lifter accepts or declines within 14 days.
create sequence invitation_seq start with 1 increment by 50;

create table invitation (
    id           bigint       not null primary key,
    coach_id     bigint       not null references account (id),
    email        varchar(254) not null,
    code         varchar(40)  not null,
    status       varchar(10)  not null,
    created_at   timestamp with time zone not null,
    expires_at   timestamp with time zone not null,
    responded_at timestamp with time zone,
    version      bigint       not null,
    constraint invitation_code_unique unique (code),
    constraint invitation_status_check check (status in ('PENDING', 'ACCEPTED', 'DECLINED', 'REVOKED'))
);

create index invitation_coach_idx on invitation (coach_id);
create index invitation_email_idx on invitation (email);

-- A coach's private notes about a client; the client never sees them.
create table coach_note (
    coach_id   bigint not null references account (id),
    lifter_id  bigint not null references account (id),
    note       varchar(4000) not null,
    updated_at timestamp with time zone not null,
    version    bigint not null,
    primary key (coach_id, lifter_id)
);
