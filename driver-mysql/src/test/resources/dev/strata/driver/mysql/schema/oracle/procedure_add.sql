-- A procedure with IN, OUT and INOUT parameters added.
-- current
CREATE TABLE t (a int);
-- desired
CREATE TABLE t (a int);
DELIMITER $$
CREATE PROCEDURE count_t(IN lo int, OUT n int, INOUT note varchar(20))
READS SQL DATA
SQL SECURITY INVOKER
BEGIN
  SELECT count(*) INTO n FROM t WHERE a > lo;
  SET note = concat(note, '!');
END $$
DELIMITER ;
