-- The inbox at 1 M cases (issue 4: p95 <= 30 ms on PostgreSQL). Measured with `npm run bench -- cases`
-- (bench/README.md, "What we learned"): before these, 13 of 16 inbox views took 35-1,940 ms at p95.

-- The inbox order (due_on ASC NULLS LAST, created_at, id): a page reads rows in order and stops at 50 instead of
-- top-N-sorting every matching row (300-1,000 ms for a province or the nation).
CREATE INDEX cases_due_order_idx ON cases (due_on, created_at, id);

-- The tab counts cover open cases only; this partial covering index answers them by region prefix (or in full for
-- national scopes) with an index-only scan: 65 k entries instead of 1 M heap rows.
CREATE INDEX cases_open_idx ON cases (region_code text_pattern_ops)
  INCLUDE (election_id, agency_code, state, progress, due_on, ppk_conflicted, deadline_stage, recommended_at)
  WHERE progress <> 'closed';

-- A handful of elections, 20-40 % of the cases each: never selective, and it lured the planner into a BitmapAnd
-- of a 400 k-entry bitmap for a PPK's 365 cases (43 ms instead of 7 ms).
DROP INDEX cases_election_idx;
