-- current
CREATE TABLE users (id bigint NOT NULL, name text, PRIMARY KEY (id));
CREATE TABLE keep (id int);
-- desired
CREATE TABLE keep (id int);
