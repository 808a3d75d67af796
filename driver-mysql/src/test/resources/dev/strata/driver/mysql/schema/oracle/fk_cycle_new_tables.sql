-- Two new tables that reference each other: one key is added after both exist.
-- current
CREATE TABLE other (id int);
-- desired
CREATE TABLE other (id int); CREATE TABLE a (id int PRIMARY KEY, b_id int); CREATE TABLE b (id int PRIMARY KEY, a_id int, CONSTRAINT fb FOREIGN KEY (a_id) REFERENCES a (id)); ALTER TABLE a ADD CONSTRAINT fa FOREIGN KEY (b_id) REFERENCES b (id);
