-- current
CREATE TABLE t (id int);
-- desired
CREATE TYPE mood AS ENUM ('sad', 'ok', 'happy');
CREATE TABLE t (id int, m mood DEFAULT 'ok', ms mood[]);
