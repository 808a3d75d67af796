-- MATCH and DEFERRABLE clauses are accepted (the model does not keep them).
-- current

-- desired
CREATE TABLE p (id INTEGER PRIMARY KEY); CREATE TABLE c (x INTEGER, FOREIGN KEY (x) REFERENCES p (id) ON DELETE NO ACTION);
