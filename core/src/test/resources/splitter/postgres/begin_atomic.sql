-- SQL-standard function bodies (PostgreSQL 14+).
CREATE FUNCTION add(a integer, b integer) RETURNS integer
    LANGUAGE SQL
    IMMUTABLE
    RETURNS NULL ON NULL INPUT
    BEGIN ATOMIC
        SELECT a + b;
    END;

CREATE PROCEDURE insert_data(a integer, b integer)
LANGUAGE SQL
BEGIN ATOMIC
  INSERT INTO tbl VALUES (a);
  INSERT INTO tbl VALUES (CASE WHEN b > 0 THEN b ELSE 0 END);
END;

CREATE FUNCTION one() RETURNS int LANGUAGE SQL begin atomic
  -- a comment before the END
  end;
SELECT one();
