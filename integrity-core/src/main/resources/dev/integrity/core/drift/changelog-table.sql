-- The schemas (of those compared) that hold a Liquibase history table, first in search order.
SELECT n.nspname AS schema_name
FROM pg_catalog.pg_class c
JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
WHERE c.relname = 'databasechangelog' AND c.relkind IN ('r', 'p') AND n.nspname = ANY (?)
ORDER BY array_position(?, n.nspname::text)
