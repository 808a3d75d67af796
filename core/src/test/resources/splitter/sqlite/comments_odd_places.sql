/* leading block
   comment on two lines */ CREATE TABLE a (id int);
-- one

-- two
/* three */ -- four
CREATE TABLE b (id int); -- trailing, goes to the next statement
CREATE TABLE c (
  -- ; inside a comment does not split
  id int /* neither ) does this */
);
SELECT '-- not a comment', "/* nor this */";
-- the last comment has no newline, so Atlas does not see a comment: it is a statement