-- A foreign key added (and the index MySQL creates for it).
-- current
CREATE TABLE p (id int PRIMARY KEY); CREATE TABLE c (id int PRIMARY KEY, pid int);
-- desired
CREATE TABLE p (id int PRIMARY KEY); CREATE TABLE c (id int PRIMARY KEY, pid int, CONSTRAINT fk FOREIGN KEY (pid) REFERENCES p (id));
