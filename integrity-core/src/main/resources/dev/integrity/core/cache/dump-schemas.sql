-- User schemas other than public (which every database has).
SELECT pg_catalog.quote_ident(n.nspname) AS name
FROM pg_catalog.pg_namespace n
WHERE n.nspname NOT LIKE 'pg\_%' AND n.nspname NOT IN ('information_schema', 'public')
ORDER BY n.nspname
