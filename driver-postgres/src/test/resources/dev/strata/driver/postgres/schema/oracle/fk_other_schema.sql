-- current
CREATE SCHEMA ref;
CREATE TABLE ref.country (code char(2) PRIMARY KEY);
CREATE TABLE public.city (name text);
-- desired
CREATE SCHEMA ref;
CREATE TABLE ref.country (code char(2) PRIMARY KEY);
CREATE TABLE public.city (name text, country char(2) REFERENCES ref.country (code));
