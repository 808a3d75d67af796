-- A table and its trigger are dropped.
-- current
CREATE TABLE t (id INTEGER PRIMARY KEY); CREATE TABLE log (msg TEXT);
CREATE TRIGGER t_del BEFORE DELETE ON t BEGIN INSERT INTO log VALUES ('d'); END;
-- desired
CREATE TABLE log (msg TEXT);
