-- comments before a DELIMITER command are dropped with it
DELIMITER $$
SELECT 1$$
SELECT 2 $$ SELECT 3$$
delimiter ;
DELIMITER;
SELECT 4;
DELIMITER '//'
CREATE PROCEDURE p()
BEGIN
  SELECT ';';
END //
DELIMITER ;
DELIMITER \n\n
SELECT 5
FROM t

SELECT 6

DELIMITER ;
SELECT 7;
DELIMITER ;;
SELECT 8;;
SELECT 9 -- no delimiter at the end