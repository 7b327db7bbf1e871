-- Identity hardening (docs/adr/0002-staff-sessions-and-2fa.md, security review): lock-outs in a row grow
-- (15 min doubling, at most 24 h), so guessing the second factor is bounded per day and not only slowed.
-- The count goes back to 0 only after a full sign-in (password and TOTP).
ALTER TABLE staff_users
  ADD COLUMN consecutive_lockouts integer NOT NULL DEFAULT 0 CHECK (consecutive_lockouts >= 0);
