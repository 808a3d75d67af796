-- FULLTEXT indexes.
-- current
CREATE TABLE t (title varchar(200), body text);
-- desired
CREATE TABLE t (title varchar(200), body text, FULLTEXT KEY ft (title, body), FULLTEXT KEY fb (body));
