-- Referential actions change.
-- current
CREATE TABLE p (id int PRIMARY KEY); CREATE TABLE c (pid int, CONSTRAINT fk FOREIGN KEY (pid) REFERENCES p (id));
-- desired
CREATE TABLE p (id int PRIMARY KEY); CREATE TABLE c (pid int, CONSTRAINT fk FOREIGN KEY (pid) REFERENCES p (id) ON DELETE CASCADE ON UPDATE SET NULL);
