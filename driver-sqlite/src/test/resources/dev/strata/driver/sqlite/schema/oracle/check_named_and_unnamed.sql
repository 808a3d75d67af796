-- Named and unnamed checks, column and table level, with strings and parentheses.
-- current

-- desired
CREATE TABLE t (
  id INTEGER PRIMARY KEY,
  a TEXT CHECK (a <> '') CONSTRAINT a_len CHECK (length(a) < 10),
  b INT,
  CHECK ((b > 0) OR (b IS NULL)),
  CONSTRAINT b_small CHECK (b < 1000)
);
