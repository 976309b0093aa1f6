-- Re-reconciliation runs kept in the database. An activation that re-reconciles every incident
-- stores a run in its own transaction, with the incidents split into partitions: ranges of
-- consecutive incident ids (250 incidents each, up to the highest id at that moment; incidents
-- created later are reconciled under the new rules by ingestion). Workers, on any instance, claim
-- a partition with SELECT ... FOR UPDATE SKIP LOCKED, reconcile its incidents and mark it done in
-- one transaction: a worker that dies rolls back and releases its partition to the others or to
-- the next start, so each incident is reconciled once per run and none is left out.
create table rereconciliation_run (
    id             bigint       generated always as identity primary key,
    rule_set_id    bigint       not null references rule_set_version (id),
    actor          text         not null,
    started_at     timestamptz  not null,
    -- Incidents when the run was stored (the sum of its partitions' incidents then).
    incidents      integer      not null,
    -- Set by the worker that found every partition done.
    finished_at    timestamptz,
    -- Set when a newer activation stored its own run: this one's workers stop after the partition
    -- in hand, and what it left undone is the newer run's.
    superseded_at  timestamptz
);
create index rereconciliation_run_unfinished on rereconciliation_run (id)
    where finished_at is null and superseded_at is null;

create table rereconciliation_partition (
    run_id             bigint       not null references rereconciliation_run (id),
    first_incident_id  bigint       not null,
    last_incident_id   bigint       not null,
    -- Incidents in the range: when the run was stored, then those reconciled when it was done.
    incidents          integer      not null,
    -- Incidents that got a new resolution, and those that could not be reconciled.
    changed            integer,
    failed             integer,
    done_at            timestamptz,
    -- Which instance did it (host and process), for the log and issue 17's shared runs.
    done_by            text,
    primary key (run_id, first_incident_id),
    check (first_incident_id <= last_incident_id),
    check ((done_at is null) = (changed is null) and (done_at is null) = (failed is null))
);
