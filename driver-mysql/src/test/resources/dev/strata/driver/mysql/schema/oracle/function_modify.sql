-- A function's body and return type change.
-- current
DELIMITER //
CREATE FUNCTION f(x int) RETURNS int DETERMINISTIC RETURN x + 1 //
DELIMITER ;
-- desired
DELIMITER //
CREATE FUNCTION f(x int) RETURNS bigint DETERMINISTIC RETURN x + 2 //
DELIMITER ;
