-- A trigger is created.
-- current
CREATE TABLE t (id INTEGER PRIMARY KEY, a TEXT); CREATE TABLE log (msg TEXT);
-- desired
CREATE TABLE t (id INTEGER PRIMARY KEY, a TEXT); CREATE TABLE log (msg TEXT);
CREATE TRIGGER t_ins AFTER INSERT ON t BEGIN INSERT INTO log (msg) VALUES ('ins ' || new.a); END;
