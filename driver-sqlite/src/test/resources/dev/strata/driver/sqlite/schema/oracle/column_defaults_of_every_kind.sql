-- Blob, negative, boolean-like, string with quotes and keyword defaults.
-- current

-- desired
CREATE TABLE t (
  id INTEGER PRIMARY KEY,
  b BLOB DEFAULT x'00ff',
  n INT DEFAULT -7,
  f REAL DEFAULT 1e3,
  s TEXT DEFAULT 'it''s',
  t BOOLEAN DEFAULT TRUE,
  d DATE DEFAULT CURRENT_DATE,
  e TEXT DEFAULT ('a' || 'b')
);
