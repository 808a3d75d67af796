-- SQLite triggers: BEGIN ... END; is one statement.
CREATE TRIGGER before_tbl_insert BEFORE INSERT ON tbl BEGIN SELECT CASE
    WHEN (new.a = 4) THEN RAISE(IGNORE) END;
END;

CREATE TRIGGER after_tbl_insert AFTER INSERT ON tbl BEGIN SELECT CASE
    WHEN (new.a = 1) THEN RAISE(ABORT,    'Trigger abort; really')
    WHEN (new.a = 2) THEN RAISE(FAIL,     'end;')
    END;
END;
CREATE TABLE t2(x,y,z);
CREATE TRIGGER t2r1 AFTER INSERT ON t2 BEGIN SELECT 1; END;
create trigger I_test instead of insert on test
  begin
    insert into test1 (id,a) values (NEW.id,NEW.a);
    -- a comment inside the body; with a semicolon
    insert into test2 (id,b) values (NEW.id,NEW.b);
  end;
CREATE TRIGGER trigItem_UNDO_AD AFTER DELETE ON Item FOR EACH ROW
BEGIN
  INSERT INTO Undo SELECT 'INSERT INTO Item (a,b,c) VALUES ('
   || coalesce(old.a,'NULL') || ',' || quote(old.b) || ',' || old.c || ');';
END;
CREATE TRIGGER nested AFTER INSERT ON tbl12 BEGIN
    BEGIN
        INSERT INTO tbl13 VALUES (new.g);
    END;
END;
CREATE TRIGGER empty_body AFTER INSERT ON t BEGIN
  -- nothing but a comment
END;
DELETE FROM Item WHERE a = 1;
