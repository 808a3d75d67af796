-- Dollar quotes: tags, nesting, $1 parameters, quotes inside.
CREATE FUNCTION f1() RETURNS text AS $$ SELECT 'a;b' $$ LANGUAGE sql;
CREATE FUNCTION f2(int) RETURNS int AS $body$
  SELECT $1 + 1; -- inner ; does not split
$body$ LANGUAGE sql;
CREATE FUNCTION f3() RETURNS text AS $outer$
  BEGIN
    RETURN $inner$ it's $$ not closed here; $inner$;
  END;
$outer$ LANGUAGE plpgsql;
SELECT $1, $2 FROM t WHERE a = $3;
SELECT $tag_1$ digits in the tag $tag_1$, $é$ accented tag $é$;
SELECT $1$ a $1$;
COMMENT ON FUNCTION f1() IS $$it's "quoted" (really)$$;
DO $do$ BEGIN PERFORM 1; END $do$;
SELECT $never$ closed; SELECT 2;
