-- A function added.
-- current
CREATE TABLE t (a int);
-- desired
CREATE TABLE t (a int);
DELIMITER //
CREATE FUNCTION twice(x int) RETURNS int DETERMINISTIC NO SQL COMMENT 'doubles'
BEGIN
  RETURN x * 2;
END //
DELIMITER ;
