-- current
CREATE TABLE t (id serial NOT NULL, b bigserial);
-- desired
CREATE TABLE t (id integer NOT NULL, b bigint NOT NULL DEFAULT 0);
