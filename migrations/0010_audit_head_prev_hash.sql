-- One statement per audit append (was three: bump the head, insert the row, store the new hash). The head keeps the
-- hash it replaced so that `UPDATE audit_head … RETURNING` can hand both links of the chain to the INSERT in the
-- same statement: SET expressions read the row as locked (after any concurrent append committed), so the link is
-- never stale. Measured on the case transition bench: the audit took 3 of its 9-10 round trips.
ALTER TABLE audit_head ADD COLUMN prev_hash text;
