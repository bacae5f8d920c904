-- The columns of tables outside the system schemas, dropped ones included (a drop keeps the attribute, renamed).
SELECT a.attrelid AS table_oid, a.attnum AS number, a.attname AS name, a.attnotnull AS not_null, a.attisdropped AS dropped
FROM pg_attribute a
JOIN pg_class c ON c.oid = a.attrelid
JOIN pg_namespace n ON n.oid = c.relnamespace
WHERE a.attnum > 0 AND c.relkind IN ('r', 'p')
  AND n.nspname NOT IN ('pg_catalog', 'information_schema') AND n.nspname NOT LIKE 'pg_toast%' AND n.nspname NOT LIKE 'pg_temp%'
