-- Installed extensions whose objects live in the compared schemas (plpgsql's live in pg_catalog).
SELECT e.extname AS extension_name, n.nspname AS schema_name
FROM pg_catalog.pg_extension e
JOIN pg_catalog.pg_namespace n ON n.oid = e.extnamespace
WHERE n.nspname = ANY (?)
