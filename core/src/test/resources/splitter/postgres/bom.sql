-- starts with a byte-order mark
CREATE TABLE t (id int);
SELECT 1;
