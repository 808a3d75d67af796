-- A trigger dropped.
-- current
CREATE TABLE t (a int, b int); CREATE TRIGGER t_bi BEFORE INSERT ON t FOR EACH ROW SET NEW.b = 1;
-- desired
CREATE TABLE t (a int, b int);
