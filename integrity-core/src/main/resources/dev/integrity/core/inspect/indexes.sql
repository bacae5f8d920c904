-- Every index but the primary keys', with its keys as pg_get_indexdef prints them and their sort options,
-- and every column it reads (plain keys from indkey, expression and predicate columns from pg_depend).
SELECT n.nspname AS schema_name, c.relname AS table_name, i.relname AS index_name,
       x.indisunique AS is_unique,
       EXISTS (SELECT 1 FROM pg_catalog.pg_constraint con WHERE con.conindid = x.indexrelid AND con.contype = 'u') AS is_constraint,
       am.amname AS method,
       pg_catalog.pg_get_expr(x.indpred, x.indrelid, true) AS predicate,
       ARRAY(SELECT pg_catalog.pg_get_indexdef(x.indexrelid, k, true)
                    || CASE WHEN am.amname = 'btree' AND (x.indoption[k - 1] & 1) = 1 THEN ' DESC' ELSE '' END
                    || CASE WHEN am.amname = 'btree' AND (x.indoption[k - 1] & 3) = 2 THEN ' NULLS FIRST'
                            WHEN am.amname = 'btree' AND (x.indoption[k - 1] & 3) = 1 THEN ' NULLS LAST' ELSE '' END
             FROM generate_series(1, x.indnkeyatts) k ORDER BY k) AS keys,
       ARRAY(SELECT DISTINCT a.attname FROM pg_catalog.pg_depend dep
             JOIN pg_catalog.pg_attribute a ON a.attrelid = dep.refobjid AND a.attnum = dep.refobjsubid
             WHERE dep.classid = 'pg_catalog.pg_class'::regclass AND dep.objid = x.indexrelid
               AND dep.refclassid = 'pg_catalog.pg_class'::regclass AND dep.refobjid = x.indrelid AND dep.refobjsubid > 0
             UNION
             SELECT a.attname FROM unnest(x.indkey) k(attnum)
             JOIN pg_catalog.pg_attribute a ON a.attrelid = x.indrelid AND a.attnum = k.attnum
             WHERE k.attnum > 0) AS columns
FROM pg_catalog.pg_index x
JOIN pg_catalog.pg_class i ON i.oid = x.indexrelid
JOIN pg_catalog.pg_class c ON c.oid = x.indrelid
JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
JOIN pg_catalog.pg_am am ON am.oid = i.relam
WHERE NOT x.indisprimary AND c.relkind IN ('r', 'p') AND NOT c.relispartition AND n.nspname = ANY (?)
