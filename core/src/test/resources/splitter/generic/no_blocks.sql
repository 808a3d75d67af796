# not a comment in the generic dialect;
CREATE TRIGGER tr AFTER INSERT ON t BEGIN SELECT 'x\'; END;
CREATE FUNCTION f() RETURNS int LANGUAGE sql BEGIN ATOMIC SELECT 1; SELECT 2; END;
SELECT $$ dollar; quoted $$;
