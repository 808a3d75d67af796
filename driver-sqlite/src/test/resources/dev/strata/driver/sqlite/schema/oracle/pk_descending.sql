-- A composite key with a descending part.
-- current

-- desired
CREATE TABLE t (a TEXT NOT NULL, b INT NOT NULL, PRIMARY KEY (a, b DESC));
