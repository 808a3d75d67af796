-- A new table comes with its trigger.
-- current
CREATE TABLE log (msg TEXT);
-- desired
CREATE TABLE log (msg TEXT); CREATE TABLE t (id INTEGER PRIMARY KEY, a TEXT);
CREATE TRIGGER t_ins AFTER INSERT ON t WHEN new.a IS NOT NULL BEGIN INSERT INTO log VALUES (new.a); END;
