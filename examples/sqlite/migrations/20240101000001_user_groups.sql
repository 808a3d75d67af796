CREATE TABLE user_groups (
  user_id INTEGER NOT NULL REFERENCES users (id),
  group_id INTEGER NOT NULL REFERENCES groups (id),
  PRIMARY KEY (user_id, group_id)
);

-- A trigger body holds several statements; it is split as one.
CREATE TRIGGER users_name_trimmed AFTER INSERT ON users
BEGIN
  UPDATE users SET name = trim(name) WHERE id = NEW.id;
END;
