-- current
CREATE TABLE t (id int NOT NULL, amount smallint DEFAULT 0);
-- desired
CREATE TABLE t (id bigint NOT NULL, amount integer DEFAULT 0);
