-- Two facts the extractor records about a claim and the rules weigh: whether it was read from the
-- report's headline (its title line) rather than its body, and whether its sentence explicitly
-- revises an earlier figure ("revised down to", "corrected to"). Claims stored before this
-- migration were all read as body claims that revise nothing. A group's denial of responsibility
-- needs no column: it is part of the value ({"denied": "<group>"} in claim.value).
alter table claim
    add column headline  boolean  not null default false,
    add column revision  boolean  not null default false;

comment on column claim.headline is 'Read from the report''s headline, not its body.';
comment on column claim.revision is 'The sentence explicitly revises an earlier figure.';
