-- One MariaDB sequence's options, read from the sequence itself (MariaDB 10.11 has no catalog
-- table for them). The inspector joins one copy per sequence with UNION ALL, so that all sequences
-- of a schema cost one query; {name} is the sequence name as a string literal, {table} the quoted
-- schema-qualified sequence.
SELECT {name} AS SEQUENCE_NAME, start_value, increment, minimum_value, maximum_value, cycle_option
FROM {table}
