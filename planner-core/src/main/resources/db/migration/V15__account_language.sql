-- The language a person reads Upright in (issue 13, ADR 0018): a language tag such as 'de'.
-- Empty until the first signed-in visit, which stores the browser's language; the person can
-- change it in the settings.
alter table account add column language varchar(16);
