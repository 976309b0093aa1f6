-- The editors' scenarios (rules/tests/) stored with each rule-set version, as they ran against it:
-- {path: {text, name, passed, firedRules, problem}}. The rules each one fired say which scenarios
-- cover a rule, so a reader of a resolution can open the scenario behind its deciding rule.
-- Scenarios are not part of the version's content hash (they test the rules, they are not rules):
-- a version activated again from files whose scenarios changed gets the newer runs. Versions
-- stored before this migration have none until they are activated again.
alter table rule_set_version add column scenarios jsonb not null default '{}';
