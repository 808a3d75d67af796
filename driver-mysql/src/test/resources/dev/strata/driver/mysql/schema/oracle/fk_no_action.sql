-- NO ACTION stays as written (MariaDB reports RESTRICT when none is given).
-- current
CREATE TABLE p (id int PRIMARY KEY); CREATE TABLE c (pid int, CONSTRAINT fk FOREIGN KEY (pid) REFERENCES p (id) ON DELETE CASCADE);
-- desired
CREATE TABLE p (id int PRIMARY KEY); CREATE TABLE c (pid int, CONSTRAINT fk FOREIGN KEY (pid) REFERENCES p (id) ON DELETE NO ACTION ON UPDATE NO ACTION);
