-- current
CREATE FUNCTION touch() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN NEW.updated := now(); RETURN NEW; END $$;
-- desired
CREATE FUNCTION touch() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN NEW.updated := now(); RETURN NEW; END $$;
CREATE TABLE t (a int, updated timestamptz);
CREATE TRIGGER t_touch AFTER DELETE ON t FOR EACH STATEMENT EXECUTE FUNCTION touch();
