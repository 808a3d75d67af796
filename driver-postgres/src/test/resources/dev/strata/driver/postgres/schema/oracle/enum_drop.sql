-- current
CREATE TYPE status AS ENUM ('a', 'b');
CREATE TABLE t (s status, n int);
-- desired
CREATE TABLE t (n int);
