-- Statistics, second slice (issue 5): the recommended sanction as a key of case_stats (the published "sanction
-- mix", REF §2.2: moral tertutup 130 / moral terbuka 533 / ringan 32 / sedang 884 / berat 17), the PPK follow-up
-- record behind the league table, and frozen published snapshots.

-- The class a recommendation is counted under: its level, except that the two moral sanctions of PP 42/2004 are
-- told apart (KASN publishes them separately). null before BKN recommends.
CREATE FUNCTION sanction_class(rec jsonb) RETURNS text LANGUAGE sql IMMUTABLE PARALLEL SAFE
  RETURN CASE
    WHEN rec IS NULL THEN NULL
    WHEN rec ->> 'level' = 'moral' THEN coalesce(rec -> 'sanctionTypeCodes' ->> 0, 'moral')
    ELSE rec ->> 'level'
  END;

ALTER TABLE case_stats ADD COLUMN sanction_code text;
ALTER TABLE case_stats DROP CONSTRAINT case_stats_key;
ALTER TABLE case_stats ADD CONSTRAINT case_stats_key UNIQUE NULLS NOT DISTINCT (election_id, region_code,
  agency_code, form_code, jabatan_class, regional_head_staff, asn_type, phase_code, campaign_relation, state, outcome,
  reported_on, is_demo, sanction_code);

-- The triggers of 0015 with the new key. Same shape: grouped (a key met twice in one INSERT would make ON CONFLICT
-- fail) and sorted (deadlock-free lock order), PL/pgSQL so each statement's plan is kept for the session.
CREATE OR REPLACE FUNCTION case_stats_on_case_update() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO case_stats AS t (election_id, region_code, agency_code, form_code, jabatan_class, regional_head_staff,
    asn_type, phase_code, campaign_relation, state, outcome, reported_on, is_demo, sanction_code, subjects)
  SELECT k.election_id, k.region_code, k.agency_code, k.form_code, k.jabatan_class, k.regional_head_staff,
         k.asn_type, k.phase_code, k.campaign_relation, k.state, k.outcome, k.reported_on, k.is_demo,
         k.sanction_code, sum(k.delta)::integer
    FROM (
      SELECT OLD.election_id, OLD.region_code, coalesce(s.agency_code, OLD.agency_code),
             OLD.violation_form_codes[1], s.jabatan_class, s.is_regional_head_staff, s.asn_type, OLD.phase_code,
             OLD.campaign_relation, OLD.state, OLD.outcome, jakarta_date(OLD.created_at), OLD.is_demo,
             sanction_class(OLD.recommendation), -1
        FROM case_subjects s WHERE s.case_id = OLD.id
      UNION ALL
      SELECT NEW.election_id, NEW.region_code, coalesce(s.agency_code, NEW.agency_code),
             NEW.violation_form_codes[1], s.jabatan_class, s.is_regional_head_staff, s.asn_type, NEW.phase_code,
             NEW.campaign_relation, NEW.state, NEW.outcome, jakarta_date(NEW.created_at), NEW.is_demo,
             sanction_class(NEW.recommendation), 1
        FROM case_subjects s WHERE s.case_id = NEW.id
    ) k(election_id, region_code, agency_code, form_code, jabatan_class, regional_head_staff, asn_type, phase_code,
        campaign_relation, state, outcome, reported_on, is_demo, sanction_code, delta)
   GROUP BY 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14
  HAVING sum(k.delta) <> 0
   ORDER BY 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14
  ON CONFLICT ON CONSTRAINT case_stats_key DO UPDATE SET subjects = t.subjects + excluded.subjects;
  RETURN NULL;
END $$;

CREATE OR REPLACE FUNCTION case_stats_on_subjects_inserted() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO case_stats AS t (election_id, region_code, agency_code, form_code, jabatan_class, regional_head_staff,
    asn_type, phase_code, campaign_relation, state, outcome, reported_on, is_demo, sanction_code, subjects)
  SELECT c.election_id, c.region_code, coalesce(d.agency_code, c.agency_code), c.violation_form_codes[1],
         d.jabatan_class, d.is_regional_head_staff, d.asn_type, c.phase_code, c.campaign_relation, c.state, c.outcome,
         jakarta_date(c.created_at), c.is_demo, sanction_class(c.recommendation), count(*)::integer
    FROM new_subjects d JOIN cases c ON c.id = d.case_id
   GROUP BY 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14
   ORDER BY 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14
  ON CONFLICT ON CONSTRAINT case_stats_key DO UPDATE SET subjects = t.subjects + excluded.subjects;
  RETURN NULL;
END $$;

CREATE OR REPLACE FUNCTION case_stats_on_subjects_deleted() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO case_stats AS t (election_id, region_code, agency_code, form_code, jabatan_class, regional_head_staff,
    asn_type, phase_code, campaign_relation, state, outcome, reported_on, is_demo, sanction_code, subjects)
  SELECT c.election_id, c.region_code, coalesce(d.agency_code, c.agency_code), c.violation_form_codes[1],
         d.jabatan_class, d.is_regional_head_staff, d.asn_type, c.phase_code, c.campaign_relation, c.state, c.outcome,
         jakarta_date(c.created_at), c.is_demo, sanction_class(c.recommendation), -count(*)::integer
    FROM old_subjects d JOIN cases c ON c.id = d.case_id
   GROUP BY 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14
   ORDER BY 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14
  ON CONFLICT ON CONSTRAINT case_stats_key DO UPDATE SET subjects = t.subjects + excluded.subjects;
  RETURN NULL;
END $$;

CREATE OR REPLACE FUNCTION case_stats_on_subjects_updated() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO case_stats AS t (election_id, region_code, agency_code, form_code, jabatan_class, regional_head_staff,
    asn_type, phase_code, campaign_relation, state, outcome, reported_on, is_demo, sanction_code, subjects)
  SELECT c.election_id, c.region_code, coalesce(d.agency_code, c.agency_code), c.violation_form_codes[1],
         d.jabatan_class, d.is_regional_head_staff, d.asn_type, c.phase_code, c.campaign_relation, c.state, c.outcome,
         jakarta_date(c.created_at), c.is_demo, sanction_class(c.recommendation), sum(d.delta)::integer
    FROM (SELECT o.case_id, o.agency_code, o.jabatan_class, o.is_regional_head_staff, o.asn_type, -1 AS delta
            FROM old_subjects o
          UNION ALL
          SELECT n.case_id, n.agency_code, n.jabatan_class, n.is_regional_head_staff, n.asn_type, 1
            FROM new_subjects n) d
    JOIN cases c ON c.id = d.case_id
   GROUP BY 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14
  HAVING sum(d.delta) <> 0
   ORDER BY 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14
  ON CONFLICT ON CONSTRAINT case_stats_key DO UPDATE SET subjects = t.subjects + excluded.subjects;
  RETURN NULL;
END $$;

DROP TRIGGER case_stats_case_update ON cases;
CREATE TRIGGER case_stats_case_update AFTER UPDATE ON cases FOR EACH ROW
  WHEN (OLD.state IS DISTINCT FROM NEW.state OR OLD.outcome IS DISTINCT FROM NEW.outcome
     OR OLD.election_id IS DISTINCT FROM NEW.election_id OR OLD.region_code IS DISTINCT FROM NEW.region_code
     OR OLD.agency_code IS DISTINCT FROM NEW.agency_code
     OR OLD.violation_form_codes[1] IS DISTINCT FROM NEW.violation_form_codes[1]
     OR OLD.phase_code IS DISTINCT FROM NEW.phase_code OR OLD.campaign_relation IS DISTINCT FROM NEW.campaign_relation
     OR OLD.is_demo IS DISTINCT FROM NEW.is_demo OR OLD.created_at IS DISTINCT FROM NEW.created_at
     OR sanction_class(OLD.recommendation) IS DISTINCT FROM sanction_class(NEW.recommendation))
  EXECUTE FUNCTION case_stats_on_case_update();

-- The stored cases under the new key (the old rows cannot be split by sanction).
DELETE FROM case_stats;
INSERT INTO case_stats (election_id, region_code, agency_code, form_code, jabatan_class, regional_head_staff,
  asn_type, phase_code, campaign_relation, state, outcome, reported_on, is_demo, sanction_code, subjects)
SELECT c.election_id, c.region_code, coalesce(s.agency_code, c.agency_code), c.violation_form_codes[1],
       s.jabatan_class, s.is_regional_head_staff, s.asn_type, c.phase_code, c.campaign_relation, c.state, c.outcome,
       jakarta_date(c.created_at), c.is_demo, sanction_class(c.recommendation), count(*)::integer
  FROM cases c JOIN case_subjects s ON s.case_id = c.id
 GROUP BY 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14;

-- The PPK's follow-up of each recommendation (issue 5 §5, the league table): one row per case BKN recommended as
-- proven, written by the trigger below in the same statement as the case's step. The counts are persons (the
-- case's subjects, fixed at intake), like KASN's "PPK tidak menindaklanjuti: Purbalingga 56" (REF §2.2).
CREATE TABLE ppk_follow_ups (
  case_id uuid PRIMARY KEY REFERENCES cases (id),
  election_id text NOT NULL,
  region_code text NOT NULL,
  -- The agency whose PPK owes the follow-up (the case's agency).
  agency_code text,
  is_demo boolean NOT NULL,
  subjects integer NOT NULL,
  -- The day BKN recommended (first recommendation) and the PPK's due day it started.
  recommended_on date NOT NULL,
  due_on date,
  -- The first day the case reached `sanctioned`: the PPK's decree recorded (or, for a blocked ASN, accepted by BKN
  -- and the data unblocked); null while none.
  followed_up_on date,
  -- The first day BKN blocked the ASN's data for want of follow-up.
  blocked_on date,
  state text NOT NULL
);
CREATE INDEX ppk_follow_ups_agency_idx ON ppk_follow_ups (agency_code);
CREATE INDEX ppk_follow_ups_election_idx ON ppk_follow_ups (election_id, region_code text_pattern_ops);

CREATE FUNCTION ppk_follow_ups_on_case_update() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  today date := jakarta_date(NEW.updated_at);
BEGIN
  INSERT INTO ppk_follow_ups AS f (case_id, election_id, region_code, agency_code, is_demo, subjects, recommended_on,
    due_on, followed_up_on, blocked_on, state)
  VALUES (NEW.id, NEW.election_id, NEW.region_code, NEW.agency_code, NEW.is_demo,
    (SELECT count(*) FROM case_subjects s WHERE s.case_id = NEW.id), jakarta_date(NEW.recommended_at), NEW.due_on,
    CASE WHEN NEW.state = 'sanctioned' THEN today END,
    CASE WHEN NEW.state = 'blocked' THEN today END, NEW.state)
  ON CONFLICT (case_id) DO UPDATE SET
    election_id = excluded.election_id, region_code = excluded.region_code, agency_code = excluded.agency_code,
    is_demo = excluded.is_demo, state = excluded.state,
    followed_up_on = coalesce(f.followed_up_on, excluded.followed_up_on),
    blocked_on = coalesce(f.blocked_on, excluded.blocked_on);
  RETURN NULL;
END $$;

CREATE TRIGGER ppk_follow_ups_case_update AFTER UPDATE ON cases FOR EACH ROW
  WHEN (NEW.recommended_at IS NOT NULL AND (OLD.recommended_at IS NULL OR OLD.state IS DISTINCT FROM NEW.state
     OR OLD.agency_code IS DISTINCT FROM NEW.agency_code OR OLD.election_id IS DISTINCT FROM NEW.election_id
     OR OLD.region_code IS DISTINCT FROM NEW.region_code OR OLD.is_demo IS DISTINCT FROM NEW.is_demo))
  EXECUTE FUNCTION ppk_follow_ups_on_case_update();

-- The cases already recommended: their follow-up from the event history.
INSERT INTO ppk_follow_ups (case_id, election_id, region_code, agency_code, is_demo, subjects, recommended_on, due_on,
  followed_up_on, blocked_on, state)
SELECT c.id, c.election_id, c.region_code, c.agency_code, c.is_demo,
       (SELECT count(*) FROM case_subjects s WHERE s.case_id = c.id), jakarta_date(c.recommended_at),
       -- The PPK's due day is known only while its period still runs; earlier ones were not kept.
       CASE WHEN c.deadline_stage = 'ppk_follow_up' THEN c.due_on END,
       (SELECT min(jakarta_date(e.at)) FROM case_events e
         WHERE e.case_id = c.id AND e.to_state = 'sanctioned'),
       (SELECT min(jakarta_date(e.at)) FROM case_events e WHERE e.case_id = c.id AND e.to_state = 'blocked'),
       c.state
  FROM cases c WHERE c.recommended_at IS NOT NULL;

-- Published statistics, frozen (issue 5 §2): what was published, as of which day, with which filters, and the
-- SHA-256 of the figures so a citation can be checked. Never changed once written.
CREATE TABLE stats_snapshots (
  id text PRIMARY KEY CHECK (id ~ '^[a-z0-9][a-z0-9-]{2,79}$'),
  title text NOT NULL CHECK (length(title) BETWEEN 3 AND 200),
  as_of date NOT NULL,
  election_id text REFERENCES elections (id),
  region_code text REFERENCES regions (code),
  figures jsonb NOT NULL,
  sha256 text NOT NULL CHECK (sha256 ~ '^[0-9a-f]{64}$'),
  note text,
  published_at timestamptz NOT NULL,
  published_by uuid REFERENCES staff_users (id)
);
CREATE INDEX stats_snapshots_published_idx ON stats_snapshots (published_at DESC);

CREATE FUNCTION stats_snapshots_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'stats_snapshots are frozen once published: % refused', TG_OP
    USING ERRCODE = 'insufficient_privilege';
END
$$;
CREATE TRIGGER stats_snapshots_frozen BEFORE UPDATE OR DELETE ON stats_snapshots
  FOR EACH ROW EXECUTE FUNCTION stats_snapshots_refuse_change();
CREATE TRIGGER stats_snapshots_no_truncate BEFORE TRUNCATE ON stats_snapshots
  FOR EACH STATEMENT EXECUTE FUNCTION stats_snapshots_refuse_change();

-- Which cases the demo history generator wrote (netra demo): its plan key, so an interrupted run resumes where it
-- stopped and a second run adds nothing. Written in the same transaction as the case's history.
CREATE TABLE demo_history (
  plan_key text PRIMARY KEY,
  case_id uuid NOT NULL UNIQUE REFERENCES cases (id),
  seed integer NOT NULL,
  created_at timestamptz NOT NULL
);
