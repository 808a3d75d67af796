-- first
CREATE TABLE t (id int);

-- dropped: a blank line follows

-- kept
CREATE TRIGGER tr AFTER INSERT ON t BEGIN
  SELECT 1;
END;
SELECT 2;
