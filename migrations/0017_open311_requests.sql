-- Open311 GET requests (issue 5 §6; docs/open311.md): public cases whose first intake was received in a window of
-- at most 90 days, newest first, at most 1000. Without an index on received_on the window was a scan of every
-- intake: 180–290 ms at 1 M cases (PostgreSQL 15, jit and parallel workers off as on the app's pool). With this
-- index the window is read backwards in answer order and stops at its page: 20–50 ms for 1000 requests, 5 ms for
-- 50, 75 ms when a filter matches nothing and every intake of the window is checked (EXPLAIN (ANALYZE, BUFFERS) on
-- the bench generator's 1 M cases, ~31 k intakes in the last 90 days).
CREATE INDEX case_intakes_received_idx ON case_intakes (received_on, case_id);
