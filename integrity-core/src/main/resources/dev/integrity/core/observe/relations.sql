-- Tables, materialized views and indexes outside the system schemas: oid, where, kind, storage file, and the table of an index.
SELECT c.oid, n.nspname AS schema, c.relname AS name, c.relkind AS kind, c.relfilenode AS filenode, i.indrelid AS table_oid
FROM pg_class c
JOIN pg_namespace n ON n.oid = c.relnamespace
LEFT JOIN pg_index i ON i.indexrelid = c.oid
WHERE c.relkind IN ('r', 'p', 'm', 'i', 'I')
  AND n.nspname NOT IN ('pg_catalog', 'information_schema') AND n.nspname NOT LIKE 'pg_toast%' AND n.nspname NOT LIKE 'pg_temp%'
