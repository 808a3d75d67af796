-- AUTO_INCREMENT added to a primary-key column.
-- current
CREATE TABLE t (id int NOT NULL, PRIMARY KEY (id));
-- desired
CREATE TABLE t (id int NOT NULL AUTO_INCREMENT, PRIMARY KEY (id));
