-- current
CREATE SCHEMA old;
CREATE TABLE old.t (a int);
CREATE TABLE public.keep (a int);
-- desired
CREATE TABLE public.keep (a int);
