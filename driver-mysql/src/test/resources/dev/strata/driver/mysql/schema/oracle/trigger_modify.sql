-- A trigger's body changes.
-- current
CREATE TABLE t (a int, b int); CREATE TRIGGER t_bu BEFORE UPDATE ON t FOR EACH ROW SET NEW.b = 1;
-- desired
CREATE TABLE t (a int, b int); CREATE TRIGGER t_bu BEFORE UPDATE ON t FOR EACH ROW SET NEW.b = NEW.a + 100;
