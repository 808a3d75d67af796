-- From a small application to an empty database.
-- current
CREATE TABLE users (id int PRIMARY KEY); CREATE TABLE posts (id int PRIMARY KEY, author int, CONSTRAINT fpa FOREIGN KEY (author) REFERENCES users (id));
CREATE VIEW pv AS SELECT id FROM posts; CREATE FUNCTION one() RETURNS int RETURN 1; CREATE TRIGGER tp BEFORE INSERT ON posts FOR EACH ROW SET NEW.author = NEW.author;
-- desired
