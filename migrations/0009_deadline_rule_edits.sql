-- Admin edits of the deadline rules that are not verified (issue 4 §4; ARCHITECTURE.md §4: "Unverified deadlines
-- (REF §1.5 ⚠️/❓) are configurable by an admin, with audit"). The shipped rules stay in
-- data/reference/deadlines/deadline-rules.json; this table only holds the history of edits, and the effective rule
-- is the shipped one with its latest edit applied (src/modules/cases/deadline-rule-edits.ts). Append-only like
-- audit_log (0001) and case_events (0005): an edit is undone by a newer edit, never by rewriting an old one.
CREATE TABLE deadline_rule_edits (
  -- Orders the edits: the highest seq of a rule is its effective value.
  seq bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  -- <electionType>.<stage>; not a foreign key: the rules live in the shipped file, which the action checks.
  rule_id text NOT NULL CHECK (rule_id ~ '^(pemilu|pilkada)\.[a-z_]+$'),
  days integer NOT NULL CHECK (days BETWEEN 1 AND 365),
  day_count text NOT NULL CHECK (day_count IN ('calendar', 'working')),
  -- null: no escalation for this stage.
  escalate_after_days integer CHECK (escalate_after_days BETWEEN 1 AND 365),
  reason text NOT NULL CHECK (length(btrim(reason)) BETWEEN 10 AND 1000),
  edited_by uuid NOT NULL REFERENCES staff_users (id),
  edited_at timestamptz NOT NULL
);
CREATE INDEX deadline_rule_edits_rule_idx ON deadline_rule_edits (rule_id, seq);

CREATE FUNCTION deadline_rule_edits_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'deadline_rule_edits is append-only: % refused', TG_OP USING ERRCODE = 'insufficient_privilege';
END
$$;
CREATE TRIGGER deadline_rule_edits_no_update_delete BEFORE UPDATE OR DELETE ON deadline_rule_edits
  FOR EACH ROW EXECUTE FUNCTION deadline_rule_edits_refuse_change();
CREATE TRIGGER deadline_rule_edits_no_truncate BEFORE TRUNCATE ON deadline_rule_edits
  FOR EACH STATEMENT EXECUTE FUNCTION deadline_rule_edits_refuse_change();
