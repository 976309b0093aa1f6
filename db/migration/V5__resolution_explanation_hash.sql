-- Re-reconciliation compares a new resolution's explanation (its "attributes") with the current
-- one's by this hash instead of reading and parsing the stored JSON (null for resolutions stored
-- before: those are compared by their text). The fired rules are kept once, in the resolution's
-- JSON ("firedRules"); the separate column repeated them.
alter table resolution add column explanation_hash varchar(64);
alter table resolution drop column fired_rules;
