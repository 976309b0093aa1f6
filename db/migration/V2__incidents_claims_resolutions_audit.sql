-- Incidents, the claims read from reports, the rule sets that decided, the resolutions they
-- produced, and the append-only audit trail of all of it.

create table incident (
    id             bigint       generated always as identity primary key,
    title          text,
    place          text,
    incident_date  date,
    created_at     timestamptz  not null default now(),
    version        bigint       not null default 0
);
create index incident_place_date on incident (lower(place), incident_date);

-- A report belongs to the incident it was assigned to (the client's choice, or place and date).
alter table report add column incident_id bigint references incident (id);
create index report_incident on report (incident_id);

create table claim (
    id            bigint       generated always as identity primary key,
    claim_key     text         not null,
    report_id     varchar(64)  not null references report (id),
    incident_id   bigint       not null references incident (id),
    attribute     text         not null check (attribute in ('victims_killed', 'attackers_killed',
                      'attackers_count', 'injured', 'perpetrator', 'start_time', 'duration',
                      'location', 'hostages_taken', 'deaths_total')),
    value         jsonb        not null,
    approximate   boolean      not null default false,
    speaker       text,
    role          text         not null check (role in ('official', 'claimant',
                      'anonymous_official', 'reporter', 'social_media')),
    phase         text         not null check (phase in ('ongoing', 'concluded')),
    scope         text         not null check (scope in ('this', 'other')),
    sentence      text,
    start_offset  integer,
    end_offset    integer,
    origin        text         not null default 'extracted' check (origin in ('extracted', 'client')),
    created_at    timestamptz  not null default now(),
    unique (incident_id, report_id, claim_key)
);
create index claim_incident on claim (incident_id);

-- Every rule set that was ever active, with the full text of its files, so that any resolution
-- can be re-run with exactly the rules that produced it.
create table rule_set_version (
    id             bigint       generated always as identity primary key,
    version        text         not null,
    content_hash   varchar(64)  not null unique,
    files          jsonb        not null,
    activated_by   text         not null,
    activated_at   timestamptz  not null default now()
);

-- One row per reconciliation of an incident; the current resolution is the newest.
create table resolution (
    id             bigint       generated always as identity primary key,
    incident_id    bigint       not null references incident (id),
    rule_set_id    bigint       not null references rule_set_version (id),
    created_at     timestamptz  not null default now(),
    result         jsonb        not null,
    fired_rules    jsonb        not null default '[]',
    -- The ids of the claims it was computed from, so it can be re-run on exactly those.
    input_claims   jsonb        not null default '[]'
);
create index resolution_incident on resolution (incident_id, id desc);

-- Per-attribute outcome of each resolution, for filtering incidents by status.
create table resolution_attribute (
    resolution_id  bigint  not null references resolution (id),
    attribute      text    not null,
    status         text    not null check (status in ('settled', 'disputed', 'unverified', 'unknown')),
    best           text,
    primary key (resolution_id, attribute)
);

-- The audit trail. Append-only in the database (the triggers below), and tamper-evident: each
-- event's hash covers its content and the previous event's hash, computed by the application
-- (dev.reconciler.store.AuditChain) and checked by `reconciler verify-audit`.
create table audit_event (
    id            bigint       generated always as identity primary key,
    occurred_at   timestamptz  not null,
    actor         text         not null,
    kind          text         not null,
    incident_id   bigint,
    report_id     varchar(64),
    detail        text         not null,
    prev_hash     varchar(64),
    hash          varchar(64)  not null
);
create index audit_event_incident on audit_event (incident_id, id);

create function audit_event_is_append_only() returns trigger
language plpgsql as $$
begin
    raise exception 'audit_event is append-only: % is not allowed', tg_op
        using errcode = 'insufficient_privilege';
end;
$$;

create trigger audit_event_no_update_delete
    before update or delete on audit_event
    for each row execute function audit_event_is_append_only();

create trigger audit_event_no_truncate
    before truncate on audit_event
    for each statement execute function audit_event_is_append_only();
