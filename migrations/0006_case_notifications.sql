-- Deadline notifications (issue 4 §4): the deadline job records, once per case and deadline, that a case went
-- overdue or that its escalation day came. A notification is addressed to roles, not to people: who reads it is
-- decided at read time by the same access filter as the case (visibleTo), so a change of scope or staff never
-- leaves a notification with someone who may no longer see the case. E-mail comes later from these rows.
CREATE TABLE case_notifications (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  case_id uuid NOT NULL REFERENCES cases (id),
  kind text NOT NULL CHECK (kind IN ('overdue', 'escalation')),
  -- The deadline it is about: a new deadline (a later stage) notifies again, the same one never twice.
  due_on date NOT NULL,
  deadline_stage text NOT NULL,
  case_state text NOT NULL,
  recipient_roles text[] NOT NULL CHECK (cardinality(recipient_roles) > 0),
  -- The action the escalation asks for (issue_warning, propose_blocking, …); null for a reminder.
  task text,
  created_at timestamptz NOT NULL,
  UNIQUE (case_id, kind, due_on, deadline_stage)
);
CREATE INDEX case_notifications_roles_idx ON case_notifications USING gin (recipient_roles);
CREATE INDEX case_notifications_created_idx ON case_notifications (created_at DESC);

CREATE TABLE case_notification_reads (
  notification_id uuid NOT NULL REFERENCES case_notifications (id),
  user_id uuid NOT NULL REFERENCES staff_users (id),
  read_at timestamptz NOT NULL,
  PRIMARY KEY (notification_id, user_id)
);
