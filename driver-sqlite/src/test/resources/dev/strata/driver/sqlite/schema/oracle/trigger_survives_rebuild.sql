-- An unchanged trigger comes back after its table is rebuilt, and fires.
-- expect: rebuild
-- current
CREATE TABLE t (id INTEGER PRIMARY KEY, a TEXT); CREATE TABLE log (msg TEXT);
CREATE TRIGGER t_ins AFTER INSERT ON t BEGIN INSERT INTO log VALUES (new.a); END;
-- data
INSERT INTO t VALUES (1, 'one');
-- desired
CREATE TABLE t (id INTEGER PRIMARY KEY, a TEXT NOT NULL DEFAULT ''); CREATE TABLE log (msg TEXT);
CREATE TRIGGER t_ins AFTER INSERT ON t BEGIN INSERT INTO log VALUES (new.a); END;
-- verify
SELECT count(*) FROM log ==> 1
