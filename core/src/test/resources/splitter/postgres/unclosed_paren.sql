SELECT 1;
CREATE TABLE t (
  id int,
  name text
;
