-- Sequences with the column that owns them: 'a' for a serial (OWNED BY), 'i' for an identity column.
SELECT n.nspname AS schema_name, c.relname AS sequence_name,
       pg_catalog.format_type(s.seqtypid, NULL) AS data_type, s.seqstart AS start_value, s.seqincrement AS increment,
       tc.relname || '.' || ta.attname AS owned_by, d.deptype = 'i' AS is_identity
FROM pg_catalog.pg_class c
JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
JOIN pg_catalog.pg_sequence s ON s.seqrelid = c.oid
LEFT JOIN pg_catalog.pg_depend d ON d.classid = 'pg_catalog.pg_class'::regclass AND d.objid = c.oid
     AND d.refclassid = 'pg_catalog.pg_class'::regclass AND d.deptype IN ('a', 'i')
LEFT JOIN pg_catalog.pg_class tc ON tc.oid = d.refobjid
LEFT JOIN pg_catalog.pg_attribute ta ON ta.attrelid = d.refobjid AND ta.attnum = d.refobjsubid
WHERE c.relkind = 'S' AND n.nspname = ANY (?)
