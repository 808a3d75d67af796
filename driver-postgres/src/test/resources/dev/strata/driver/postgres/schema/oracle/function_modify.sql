-- current
CREATE FUNCTION f(x int) RETURNS int LANGUAGE sql AS $$ SELECT x + 1 $$;
CREATE FUNCTION g(x int) RETURNS int LANGUAGE sql AS $$ SELECT x $$;
-- desired
CREATE FUNCTION f(x int) RETURNS int LANGUAGE sql STABLE AS $$ SELECT x + 2 $$;
CREATE FUNCTION g(x int) RETURNS bigint LANGUAGE sql AS $$ SELECT x::bigint $$;
