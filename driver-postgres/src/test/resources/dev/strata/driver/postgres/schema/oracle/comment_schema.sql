-- current
CREATE SCHEMA app;
CREATE TABLE app.t (a int);
CREATE TABLE public.t (a int);
-- desired
CREATE SCHEMA app;
CREATE TABLE app.t (a int);
CREATE TABLE public.t (a int);
COMMENT ON SCHEMA app IS 'application data';
COMMENT ON SCHEMA public IS 'changed';
