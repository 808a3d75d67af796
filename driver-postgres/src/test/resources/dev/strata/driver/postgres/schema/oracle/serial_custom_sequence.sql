-- current
CREATE TABLE t (id integer NOT NULL);
-- desired
CREATE SEQUENCE t_seq START 100 INCREMENT 5;
CREATE TABLE t (id integer NOT NULL DEFAULT nextval('t_seq'));
