-- Several tables changed at once.
-- current
CREATE TABLE a (id int PRIMARY KEY, x int); CREATE TABLE b (id int PRIMARY KEY); CREATE TABLE c (id int);
-- desired
CREATE TABLE a (id int PRIMARY KEY, x bigint NOT NULL DEFAULT 0, y int, KEY iy (y)); CREATE TABLE b (id int PRIMARY KEY, a_id int, CONSTRAINT fa FOREIGN KEY (a_id) REFERENCES a (id)) COMMENT 'b'; CREATE TABLE d (id int);
