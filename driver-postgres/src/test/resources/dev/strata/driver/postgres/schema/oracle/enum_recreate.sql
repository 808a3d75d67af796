-- current
CREATE TYPE status AS ENUM ('new', 'old', 'done');
CREATE TABLE t (s status DEFAULT 'new', n int);
INSERT INTO t VALUES ('new', 1), ('done', 2);
-- desired
CREATE TYPE status AS ENUM ('done', 'new');
CREATE TABLE t (s status DEFAULT 'new', n int);
