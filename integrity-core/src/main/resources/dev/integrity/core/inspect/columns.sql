-- Every column of those tables and views, with the type as PostgreSQL prints it, and the sequence a serial owns.
-- The owned sequences are read once and hash-joined: a lookup per column touched 30x the catalog pages.
SELECT n.nspname AS schema_name, c.relname AS table_name, a.attname AS column_name,
       pg_catalog.format_type(a.atttypid, a.atttypmod) AS data_type,
       a.attnotnull AS not_null,
       pg_catalog.pg_get_expr(d.adbin, d.adrelid) AS default_value,
       a.attidentity AS identity,
       owned.sequence_name AS owned_sequence
FROM pg_catalog.pg_attribute a
JOIN pg_catalog.pg_class c ON c.oid = a.attrelid
JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
LEFT JOIN pg_catalog.pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum
LEFT JOIN (SELECT DISTINCT ON (dep.refobjid, dep.refobjsubid) dep.refobjid, dep.refobjsubid, sn.nspname || '.' || s.relname AS sequence_name
             FROM pg_catalog.pg_depend dep
             JOIN pg_catalog.pg_class s ON s.oid = dep.objid AND s.relkind = 'S'
             JOIN pg_catalog.pg_namespace sn ON sn.oid = s.relnamespace
            WHERE dep.classid = 'pg_catalog.pg_class'::regclass AND dep.refclassid = 'pg_catalog.pg_class'::regclass
              AND dep.deptype = 'a' AND dep.refobjsubid > 0) owned
       ON owned.refobjid = c.oid AND owned.refobjsubid = a.attnum
WHERE a.attnum > 0 AND NOT a.attisdropped AND c.relkind IN ('r', 'p', 'v', 'm') AND NOT c.relispartition
  AND n.nspname = ANY (?)
ORDER BY n.nspname, c.relname, a.attnum
