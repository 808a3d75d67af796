-- current
-- desired
CREATE TABLE users (id bigint NOT NULL, name text, PRIMARY KEY (id));
