-- current
CREATE TABLE t (id serial PRIMARY KEY);
-- desired
CREATE TABLE t (id bigserial PRIMARY KEY);
