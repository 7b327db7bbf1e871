-- The PPK portal's overdue view (issue 4: p95 <= 30 ms on PostgreSQL at 1 M cases). A PPK sees its own agency's
-- cases; overdue adds progress <> 'closed' and due_on < today. The planner ANDed the agency index (3,128 entries
-- for Kab. Purbalingga) with the open-by-due-date index (35,534 entries past today) and spent 12 ms building the
-- second bitmap, twice per page (count and rows): 30-33 ms p95 in the bench. Open cases of one agency in due order
-- answer the count and the page from a few dozen entries.
CREATE INDEX cases_open_agency_due_idx ON cases (agency_code, due_on) WHERE progress <> 'closed';
