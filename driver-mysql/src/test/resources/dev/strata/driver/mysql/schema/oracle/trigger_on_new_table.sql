-- A new table with its trigger.
-- current
CREATE TABLE log (msg varchar(50));
-- desired
CREATE TABLE log (msg varchar(50)); CREATE TABLE t (a int); CREATE TRIGGER t_ai AFTER INSERT ON t FOR EACH ROW INSERT INTO log VALUES ('row');
