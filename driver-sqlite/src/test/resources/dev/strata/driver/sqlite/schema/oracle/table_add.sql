-- A new table with a primary key and a secondary index.
-- current

-- desired
CREATE TABLE users (id INTEGER PRIMARY KEY, name TEXT NOT NULL, email TEXT);
CREATE INDEX users_email ON users (email);
