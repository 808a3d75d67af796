-- current
CREATE TABLE t (a int, updated timestamptz);
CREATE FUNCTION touch() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN NEW.updated := now(); RETURN NEW; END $$;
CREATE TRIGGER t_touch BEFORE INSERT ON t FOR EACH ROW EXECUTE FUNCTION touch();
-- desired
CREATE TABLE t (a int, updated timestamptz);
CREATE FUNCTION touch() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN NEW.updated := now(); RETURN NEW; END $$;
CREATE TRIGGER t_touch BEFORE UPDATE OF a ON t FOR EACH ROW WHEN (NEW.a IS NOT NULL) EXECUTE FUNCTION touch();
