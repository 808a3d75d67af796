-- current
CREATE TYPE status AS ENUM ('new', 'done');
CREATE TABLE t (s status);
-- desired
CREATE TYPE status AS ENUM ('new', 'done', 'archived');
CREATE TABLE t (s status);
