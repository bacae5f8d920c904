-- What the schema model does not say about a column and synthetic rows need: whether PostgreSQL generates it
-- (GENERATED ALWAYS AS ... STORED: an insert must leave it out), and the base type of a domain-typed column.
SELECT n.nspname AS schema_name, c.relname AS table_name, a.attname AS column_name,
       a.attgenerated <> '' AS is_generated,
       CASE WHEN t.typtype = 'd' THEN pg_catalog.format_type(t.typbasetype, t.typtypmod) END AS domain_base_type
FROM pg_catalog.pg_attribute a
JOIN pg_catalog.pg_class c ON c.oid = a.attrelid
JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
JOIN pg_catalog.pg_type t ON t.oid = a.atttypid
WHERE a.attnum > 0 AND NOT a.attisdropped AND c.relkind IN ('r', 'p')
  AND (a.attgenerated <> '' OR t.typtype = 'd')
  AND n.nspname = ANY (?)
