-- A new AUTO_INCREMENT column that is also the new primary key.
-- current
CREATE TABLE t (name varchar(10));
-- desired
CREATE TABLE t (id int NOT NULL AUTO_INCREMENT, name varchar(10), PRIMARY KEY (id));
