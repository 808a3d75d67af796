-- current
CREATE TYPE role AS ENUM ('user', 'admin');
CREATE TABLE users (id serial PRIMARY KEY, email varchar(100) NOT NULL, role role DEFAULT 'user', created timestamp);
CREATE TABLE posts (id serial PRIMARY KEY, author int REFERENCES users (id), title text, body text);
CREATE INDEX posts_title ON posts (title);
-- desired
CREATE TYPE role AS ENUM ('user', 'editor', 'admin');
CREATE TABLE users (id serial PRIMARY KEY, email varchar(255) NOT NULL UNIQUE, role role DEFAULT 'editor', created timestamptz DEFAULT now(), bio text);
CREATE TABLE posts (id serial PRIMARY KEY, author int REFERENCES users (id) ON DELETE CASCADE, title text NOT NULL, tags text[] DEFAULT '{}');
CREATE INDEX posts_title ON posts (lower(title));
CREATE TABLE comments (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, post int NOT NULL REFERENCES posts (id), body text CHECK (length(body) > 0));
CREATE VIEW recent AS SELECT p.id, p.title, u.email FROM posts p JOIN users u ON u.id = p.author;
COMMENT ON TABLE comments IS 'replies';
