-- A coach's templates have distinct names, case aside: saving under a name that exists asks to
-- replace that template instead of piling up a second one (docs/adr/0009). Duplicates saved
-- before this change keep their content; all but the oldest get their number added to the name.
alter table week_template add column name_key varchar(200);

update week_template t
set name = substring(t.name from 1 for 55) || ' (' || cast(t.id as varchar(20)) || ')'
where exists (
    select 1 from week_template o
    where o.owner_id = t.owner_id and lower(o.name) = lower(t.name) and o.id < t.id);

update week_template set name_key = lower(name);

alter table week_template alter column name_key set not null;

alter table week_template add constraint week_template_owner_name_unique unique (owner_id, name_key);
