-- The attached databases (schemas) in attachment order; "temp" is not a user schema.
SELECT name FROM pragma_database_list WHERE name <> 'temp' ORDER BY seq
