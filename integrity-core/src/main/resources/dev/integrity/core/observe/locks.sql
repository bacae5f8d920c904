-- The relation locks this session's transaction holds.
SELECT l.relation AS oid, l.mode
FROM pg_locks l
WHERE l.pid = pg_backend_pid() AND l.locktype = 'relation' AND l.granted AND l.relation IS NOT NULL
