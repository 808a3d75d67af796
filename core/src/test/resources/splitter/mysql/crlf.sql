-- CRLF file
CREATE TABLE t (
  id int
);

-- detached by the blank CRLF line

DELIMITER //
CREATE TRIGGER tr BEFORE INSERT ON t FOR EACH ROW BEGIN
  SET NEW.id = 1;
END//
DELIMITER ;
SELECT 'a
b';
