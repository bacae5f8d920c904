-- Ordinary and partitioned tables (not partitions), views and materialized views of the compared schemas.
SELECT n.nspname AS schema_name, c.relname AS table_name, c.relkind IN ('v', 'm') AS is_view
FROM pg_catalog.pg_class c
JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
WHERE c.relkind IN ('r', 'p', 'v', 'm') AND NOT c.relispartition AND n.nspname = ANY (?)
