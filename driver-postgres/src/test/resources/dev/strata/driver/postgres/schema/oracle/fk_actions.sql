-- current
CREATE TABLE parent (id int PRIMARY KEY, code text UNIQUE);
CREATE TABLE child (a int CONSTRAINT child_a_fk REFERENCES parent (id), b text CONSTRAINT child_b_fk REFERENCES parent (code));
-- desired
CREATE TABLE parent (id int PRIMARY KEY, code text UNIQUE);
CREATE TABLE child (
  a int CONSTRAINT child_a_fk REFERENCES parent (id) ON DELETE CASCADE ON UPDATE RESTRICT,
  b text CONSTRAINT child_b_fk REFERENCES parent (code) ON DELETE SET NULL ON UPDATE SET DEFAULT);
