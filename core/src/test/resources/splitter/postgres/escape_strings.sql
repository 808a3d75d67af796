-- Backslash escapes only in E'' strings (PostgreSQL standard_conforming_strings).
SELECT 'C:\';
SELECT E'it\'s';
SELECT e'a\\';
SELECT E'\\', 'plain\';
SELECT xE'not an escape string\';
SELECT 'doubled '' quote; still open', "ident""with;quote";
