-- current
CREATE SCHEMA app;
CREATE TABLE app.t (id int);
-- desired
CREATE SCHEMA app;
CREATE TYPE app.kind AS ENUM ('x', 'y');
CREATE TABLE app.t (id int, k app.kind);
CREATE TABLE public.u (k app.kind NOT NULL DEFAULT 'x');
