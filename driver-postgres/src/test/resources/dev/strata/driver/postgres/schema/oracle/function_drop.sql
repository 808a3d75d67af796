-- current
CREATE FUNCTION f(x int) RETURNS int LANGUAGE sql AS $$ SELECT x + 1 $$;
CREATE PROCEDURE p(x int) LANGUAGE sql AS $$ SELECT 1 $$;
-- desired
