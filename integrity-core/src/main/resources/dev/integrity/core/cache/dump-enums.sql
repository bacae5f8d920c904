-- Enum types with their labels in order; run with an empty search_path, so names come schema-qualified.
SELECT pg_catalog.format_type(t.oid, NULL) AS name,
       pg_catalog.array_agg(pg_catalog.quote_literal(e.enumlabel) ORDER BY e.enumsortorder) AS labels
FROM pg_catalog.pg_type t
JOIN pg_catalog.pg_namespace n ON n.oid = t.typnamespace
JOIN pg_catalog.pg_enum e ON e.enumtypid = t.oid
WHERE n.nspname NOT LIKE 'pg\_%' AND n.nspname <> 'information_schema'
  AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_depend x
                   WHERE x.classid = 'pg_catalog.pg_type'::regclass AND x.objid = t.oid AND x.deptype = 'e')
GROUP BY t.oid
ORDER BY t.oid
