-- Two unnamed keys on the same column to different tables.
-- current

-- desired
CREATE TABLE p1 (id INTEGER PRIMARY KEY); CREATE TABLE p2 (id INTEGER PRIMARY KEY); CREATE TABLE c (x INTEGER REFERENCES p1 (id) REFERENCES p2 (id));
