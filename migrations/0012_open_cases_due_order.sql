-- The overdue inbox (issue 4: p95 <= 30 ms on PostgreSQL at 1 M cases). Its filter says progress <> 'closed' and
-- due_on < today, sorted by due date: with only cases_due_order_idx the planner ANDed two bitmaps and sorted
-- 4,745 rows for Bawaslu Jawa Tengah (26 ms warm, 87 ms p95 in the bench). Walking the open cases alone in due
-- order finds its 50 rows after a few hundred entries: 0.7 ms warm (EXPLAIN ANALYZE on the bench data,
-- bench/README.md). Closed cases leave this index, so it holds the ~7 % of cases that are open.
CREATE INDEX cases_open_due_idx ON cases (due_on, created_at, id) WHERE progress <> 'closed';
