-- A MariaDB sequence dropped.
-- current
CREATE SEQUENCE s; CREATE TABLE t (a int);
-- desired
CREATE TABLE t (a int);
