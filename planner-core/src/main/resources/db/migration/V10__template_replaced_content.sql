-- What a template held before it was last replaced by a week saved under its name, so that the
-- replacing can be undone (docs/adr/0009). Null while the template has never been replaced.
alter table week_template add column replaced_content varchar(1000000);
