-- Reports as received. A report's id is a hash of its normalised text, so the same report sent
-- twice is one row. Later migrations add claims, incidents, resolutions and the audit trail.
create table report (
    id            varchar(64)  primary key,
    content_hash  varchar(64)  not null unique,
    text          text         not null,
    headline      text,
    publisher     text,
    url           text,
    published_on  date,
    name          text,
    received_at   timestamptz  not null default now()
);

comment on table report is 'News reports as received; one row per distinct normalised text.';
