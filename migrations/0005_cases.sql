-- Cases (issue 4): a case, the intakes (laporan/temuan) it came from, the ASN it concerns, and its append-only
-- history of workflow events. The workflow itself is pure code (src/modules/cases/workflow.ts); these tables
-- hold its state. States and outcomes mirror src/modules/cases/states.ts.

-- Human reference numbers NTR-<year>-<000123>: one sequence, never reset, so a number is never reused.
CREATE SEQUENCE case_number_seq;

CREATE TABLE cases (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  reference_number text NOT NULL UNIQUE CHECK (reference_number ~ '^NTR-[0-9]{4}-[0-9]{6,}$'),
  election_id text NOT NULL REFERENCES elections (id),
  -- Where the act took place: the handling Bawaslu's area (UU 7/2017; Perbawaslu 7/2022).
  region_code text NOT NULL REFERENCES regions (code),
  -- The subject's agency, whose PPK follows up; null until known.
  agency_code text REFERENCES agencies (code),
  state text NOT NULL CHECK (state IN (
    'received', 'registered', 'rejected_formal', 'clarification', 'assessment', 'plenary', 'not_a_violation',
    'forwarded_to_bkn', 'forwarded_other', 'bkn_verification', 'recommendation', 'not_proven', 'rejected',
    'cancelled', 'awaiting_ppk', 'ppk_examination', 'warned', 'blocking_proposed', 'blocked', 'decree_submitted',
    'sanctioned', 'subject_inactive', 'invalidated', 'reopened')),
  progress text NOT NULL CHECK (progress IN ('intake', 'bawaslu', 'bkn', 'ppk', 'closed')),
  outcome text CHECK (outcome IN ('not_a_violation', 'rejected_formal', 'forwarded_other', 'not_proven', 'rejected',
    'cancelled', 'sanctioned', 'subject_inactive', 'invalidated')),
  CHECK ((progress = 'closed') = (outcome IS NOT NULL)),
  ppk_conflicted boolean NOT NULL DEFAULT false,
  -- The running deadline (CaseDeadline): all set or all null.
  deadline_rule_id text,
  deadline_stage text,
  deadline_started_on date,
  due_on date,
  escalate_on date,
  CHECK ((deadline_rule_id IS NULL) = (due_on IS NULL) AND (deadline_rule_id IS NULL) = (deadline_stage IS NULL)
    AND (deadline_rule_id IS NULL) = (deadline_started_on IS NULL)),
  act_date date NOT NULL,
  act_known_on date,
  act_place text NOT NULL,
  -- The election phase on the act date and where it stands relative to the campaign (a statistic, REF §3.6);
  -- null when the calendar does not say.
  phase_code text,
  campaign_relation text CHECK (campaign_relation IN ('before_campaign', 'campaign', 'quiet_period', 'voting_day',
    'after_voting')),
  violation_form_codes text[] NOT NULL DEFAULT '{}',
  -- What BKN recommended (recommend_proven) and Netra's proposal then; a decree is compared with them.
  recommendation jsonb,
  sanction_proposal jsonb,
  -- Set once BKN recommends (recommend_proven): from then on the agency's PPK staff see the case.
  recommended_at timestamptz,
  version integer NOT NULL DEFAULT 1 CHECK (version >= 1),
  is_demo boolean NOT NULL DEFAULT false,
  created_by uuid REFERENCES staff_users (id),
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now()
);
-- The inbox: open work by due date, and the scope filters.
CREATE INDEX cases_state_due_idx ON cases (state, due_on);
CREATE INDEX cases_region_idx ON cases (region_code text_pattern_ops);
CREATE INDEX cases_agency_idx ON cases (agency_code);
CREATE INDEX cases_election_idx ON cases (election_id);

CREATE TABLE case_intakes (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  case_id uuid NOT NULL REFERENCES cases (id),
  -- laporan (a report from the public) or temuan (Bawaslu's own finding), Perbawaslu 7/2022.
  kind text NOT NULL CHECK (kind IN ('laporan', 'temuan')),
  channel text NOT NULL CHECK (channel IN ('walk_in', 'letter', 'phone', 'patrol', 'social_media', 'sp4n_lapor',
    'online')),
  received_on date NOT NULL,
  -- Day the reporter (or Bawaslu) came to know of the act: the filing window counts from it.
  known_on date,
  summary text NOT NULL,
  -- The reporter's identity lives elsewhere (public intake, sealed by the custodian); only a reference here.
  reporter_ref uuid,
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX case_intakes_case_idx ON case_intakes (case_id, received_on);

CREATE TABLE case_subjects (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  case_id uuid NOT NULL REFERENCES cases (id),
  position integer NOT NULL,
  name text NOT NULL,
  -- NIP: 18 digits (PP 11/2017); often unknown at intake.
  nip text CHECK (nip ~ '^[0-9]{18}$'),
  agency_code text REFERENCES agencies (code),
  jabatan text NOT NULL,
  jabatan_class text NOT NULL CHECK (jabatan_class IN ('jpt', 'administrator', 'pengawas', 'fungsional',
    'pelaksana')),
  -- Camat or lurah: staff of the regional head (SKB 2022).
  is_regional_head_staff boolean NOT NULL DEFAULT false,
  region_code text REFERENCES regions (code),
  asn_type text NOT NULL CHECK (asn_type IN ('pns', 'pppk', 'ppnpn')),
  UNIQUE (case_id, position)
);

-- The case history, append-only like audit_log (0001): every transition, with its input and flags.
CREATE TABLE case_events (
  seq bigserial PRIMARY KEY,
  case_id uuid NOT NULL REFERENCES cases (id),
  at timestamptz NOT NULL,
  actor_id uuid REFERENCES staff_users (id),
  actor_role text NOT NULL,
  action text NOT NULL,
  from_state text,
  to_state text NOT NULL,
  -- The case version this event produced: the timeline and the row agree.
  version integer NOT NULL,
  input jsonb NOT NULL DEFAULT '{}'::jsonb,
  flags text[] NOT NULL DEFAULT '{}',
  UNIQUE (case_id, version)
);

CREATE FUNCTION case_events_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'case_events is append-only: % refused', TG_OP USING ERRCODE = 'insufficient_privilege';
END
$$;
CREATE TRIGGER case_events_no_update_delete BEFORE UPDATE OR DELETE ON case_events
  FOR EACH ROW EXECUTE FUNCTION case_events_refuse_change();
CREATE TRIGGER case_events_no_truncate BEFORE TRUNCATE ON case_events
  FOR EACH STATEMENT EXECUTE FUNCTION case_events_refuse_change();
