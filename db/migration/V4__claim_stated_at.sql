-- When a report says a claim's statement was made ("said on Sunday", "as of 10 p.m. Monday"), in
-- the start-time text form ("2016-07-03", "Sunday", "Monday 22:00"); null when it does not. It
-- dates the claims of a report that has no date of its own. Claims stored before this migration
-- have none.
alter table claim add column stated_at text;

comment on column claim.stated_at is 'When the report says the statement was made, as precisely as it says; null when it does not.';
