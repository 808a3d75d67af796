-- The auto-increment key moves to a new column.
-- current
CREATE TABLE t (id int NOT NULL AUTO_INCREMENT PRIMARY KEY, code varchar(5) NOT NULL);
-- desired
CREATE TABLE t (id int NOT NULL, code varchar(5) NOT NULL, PRIMARY KEY (code));
