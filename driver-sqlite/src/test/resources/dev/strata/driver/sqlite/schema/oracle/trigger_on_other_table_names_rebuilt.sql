-- A trigger on another table that writes to a rebuilt table.
-- expect: rebuild
-- current
CREATE TABLE t (id INTEGER PRIMARY KEY, a TEXT); CREATE TABLE src (x TEXT);
CREATE TRIGGER src_ins AFTER INSERT ON src BEGIN INSERT INTO t (a) VALUES (new.x); END;
-- desired
CREATE TABLE t (id INTEGER PRIMARY KEY, a TEXT NOT NULL DEFAULT '-'); CREATE TABLE src (x TEXT);
CREATE TRIGGER src_ins AFTER INSERT ON src BEGIN INSERT INTO t (a) VALUES (new.x); END;
