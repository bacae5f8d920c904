-- What this transaction has done to each user table so far: sequential scans started, rows written.
SELECT relid AS table_oid, seq_scan AS scans, n_tup_ins + n_tup_upd + n_tup_del AS written
FROM pg_stat_xact_user_tables
