-- From an empty database to a small application.
-- current
-- desired
CREATE TABLE users (id int unsigned NOT NULL AUTO_INCREMENT PRIMARY KEY, email varchar(100) NOT NULL, UNIQUE KEY ue (email)) COMMENT 'people';
CREATE TABLE posts (id int unsigned NOT NULL AUTO_INCREMENT PRIMARY KEY, author int unsigned NOT NULL, title varchar(200) NOT NULL, body mediumtext, created datetime NOT NULL DEFAULT CURRENT_TIMESTAMP, KEY ia (author, created DESC), CONSTRAINT fpa FOREIGN KEY (author) REFERENCES users (id) ON DELETE CASCADE);
CREATE VIEW recent AS SELECT p.id, u.email FROM posts p JOIN users u ON u.id = p.author;
