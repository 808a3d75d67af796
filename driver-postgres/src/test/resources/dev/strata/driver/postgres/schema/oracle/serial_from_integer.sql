-- current
CREATE TABLE t (id integer, b int NOT NULL);
-- desired
CREATE TABLE t (id serial, b bigserial);
