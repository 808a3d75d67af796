-- Triggers added to an existing table.
-- current
CREATE TABLE t (a int, b int); CREATE TABLE log (msg varchar(50));
-- desired
CREATE TABLE t (a int, b int); CREATE TABLE log (msg varchar(50));
CREATE TRIGGER t_bi BEFORE INSERT ON t FOR EACH ROW SET NEW.b = NEW.a * 2;
DELIMITER ;;
CREATE TRIGGER t_ad AFTER DELETE ON t FOR EACH ROW BEGIN
  INSERT INTO log VALUES (concat('deleted ', OLD.a));
END;;
DELIMITER ;
