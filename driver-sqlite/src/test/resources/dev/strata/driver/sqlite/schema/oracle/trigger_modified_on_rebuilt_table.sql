-- A trigger changes while its table is rebuilt.
-- expect: rebuild
-- current
CREATE TABLE t (id INTEGER PRIMARY KEY, a TEXT); CREATE TABLE log (msg TEXT);
CREATE TRIGGER t_upd AFTER UPDATE ON t BEGIN INSERT INTO log VALUES ('old'); END;
-- desired
CREATE TABLE t (id INTEGER PRIMARY KEY, a TEXT, CHECK (a <> '')); CREATE TABLE log (msg TEXT);
CREATE TRIGGER t_upd AFTER UPDATE ON t BEGIN INSERT INTO log VALUES ('new'); END;
