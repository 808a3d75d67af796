-- ENUM values added and reordered; default kept.
-- current
CREATE TABLE t (s enum('a','b') NOT NULL DEFAULT 'a');
-- desired
CREATE TABLE t (s enum('a','b','It''s') NOT NULL DEFAULT 'b');
