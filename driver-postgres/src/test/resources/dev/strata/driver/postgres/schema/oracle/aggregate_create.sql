-- current
CREATE FUNCTION concat_step(acc text, v text) RETURNS text LANGUAGE sql IMMUTABLE AS $$ SELECT coalesce(acc || ',', '') || v $$;
-- desired
CREATE FUNCTION concat_step(acc text, v text) RETURNS text LANGUAGE sql IMMUTABLE AS $$ SELECT coalesce(acc || ',', '') || v $$;
CREATE AGGREGATE concat_all(text) (SFUNC = concat_step, STYPE = text, INITCOND = '');
CREATE AGGREGATE concat_final(text) (SFUNC = concat_step, STYPE = text, FINALFUNC = upper);
