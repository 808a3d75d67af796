-- atlas:delimiter \n\n
CREATE FUNCTION f() RETURNS int AS $$ SELECT 1; $$ LANGUAGE sql;
SELECT 1;

CREATE TABLE t (
  id int
);



SELECT 2
