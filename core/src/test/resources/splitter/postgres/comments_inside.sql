-- attached to the CREATE TABLE
CREATE TABLE t ( -- a trailing comment with a ) and a '
  id int /* block ; with ; semicolons */,
  -- a line comment with "quotes
  name text
); -- after the delimiter: attached to the next statement
SELECT 1; /* block after */ SELECT 2;
