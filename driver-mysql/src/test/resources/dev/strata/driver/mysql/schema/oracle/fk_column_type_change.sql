-- A referencing column's type changes with its key dropped and re-added.
-- current
CREATE TABLE p (id int PRIMARY KEY, code char(3) UNIQUE); CREATE TABLE c (pid int, CONSTRAINT fk FOREIGN KEY (pid) REFERENCES p (id));
-- desired
CREATE TABLE p (id int PRIMARY KEY, code char(3) UNIQUE); CREATE TABLE c (pid char(3), CONSTRAINT fk FOREIGN KEY (pid) REFERENCES p (code));
