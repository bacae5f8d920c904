-- Check and foreign-key constraints of tables outside the system schemas, and whether PostgreSQL has validated them.
SELECT co.oid, co.conrelid AS table_oid, co.confrelid AS referenced_oid, co.conname AS name, co.contype AS type, co.convalidated AS validated
FROM pg_constraint co
JOIN pg_class c ON c.oid = co.conrelid
JOIN pg_namespace n ON n.oid = c.relnamespace
WHERE co.contype IN ('c', 'f')
  AND n.nspname NOT IN ('pg_catalog', 'information_schema') AND n.nspname NOT LIKE 'pg_toast%'
