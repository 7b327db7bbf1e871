-- Statistics that always add up (issue 5; ARCHITECTURE.md §5). case_stats counts the reported ASN (one per case
-- subject, as KASN and BKN publish persons, REF §2) by every key the public figures break down by, and by the case's
-- state and outcome. Triggers keep it in the same statement as every change of a case or a subject, so a
-- transition (one statement, ADR 0006) and its figures commit together, and every code path that writes a case is
-- covered. A case sits in exactly one state, so the funnel built from state buckets adds up by construction;
-- `netra stats verify` recounts it from the event history.

-- The Jakarta calendar day of an instant (WIB, UTC+7 without daylight saving): the day a case was reported.
CREATE FUNCTION jakarta_date(ts timestamptz) RETURNS date LANGUAGE sql IMMUTABLE PARALLEL SAFE
  RETURN ((ts AT TIME ZONE 'UTC') + interval '7 hours')::date;

CREATE TABLE case_stats (
  election_id text NOT NULL,
  -- The act's region as the case holds it (province or kab/kota code).
  region_code text NOT NULL,
  -- The subject's agency, else the case's.
  agency_code text,
  -- The case's first violation form; its statistics category is data (data/reference/stats).
  form_code text,
  jabatan_class text NOT NULL,
  regional_head_staff boolean NOT NULL,
  asn_type text NOT NULL,
  phase_code text,
  campaign_relation text,
  state text NOT NULL,
  outcome text,
  reported_on date NOT NULL,
  is_demo boolean NOT NULL,
  -- No CHECK (subjects >= 0): PostgreSQL checks the proposed row of INSERT … ON CONFLICT before it finds the
  -- conflict, so a -1 for an existing key would be refused. A negative count is drift: `netra stats verify` reports it.
  subjects integer NOT NULL,
  CONSTRAINT case_stats_key UNIQUE NULLS NOT DISTINCT (election_id, region_code, agency_code, form_code,
    jabatan_class, regional_head_staff, asn_type, phase_code, campaign_relation, state, outcome, reported_on,
    is_demo)
);

-- The key of each subject of a case, with a sign. The rows of one change are grouped (a key met twice in one
-- INSERT would make ON CONFLICT fail) and sorted, so two statements moving cases between the same two keys lock
-- them in the same order and cannot deadlock.
CREATE FUNCTION case_stats_move(old_case cases, new_case cases) RETURNS void LANGUAGE sql AS $$
  INSERT INTO case_stats AS t (election_id, region_code, agency_code, form_code, jabatan_class, regional_head_staff,
    asn_type, phase_code, campaign_relation, state, outcome, reported_on, is_demo, subjects)
  SELECT election_id, region_code, agency_code, form_code, jabatan_class, regional_head_staff, asn_type, phase_code,
         campaign_relation, state, outcome, reported_on, is_demo, sum(delta)::integer
    FROM (
      SELECT (old_case).election_id, (old_case).region_code,
             coalesce(s.agency_code, (old_case).agency_code) AS agency_code,
             ((old_case).violation_form_codes)[1] AS form_code, s.jabatan_class,
             s.is_regional_head_staff AS regional_head_staff, s.asn_type, (old_case).phase_code,
             (old_case).campaign_relation, (old_case).state, (old_case).outcome,
             jakarta_date((old_case).created_at) AS reported_on, (old_case).is_demo, -1 AS delta
        FROM case_subjects s WHERE s.case_id = (old_case).id
      UNION ALL
      SELECT (new_case).election_id, (new_case).region_code, coalesce(s.agency_code, (new_case).agency_code),
             ((new_case).violation_form_codes)[1], s.jabatan_class, s.is_regional_head_staff, s.asn_type,
             (new_case).phase_code, (new_case).campaign_relation, (new_case).state, (new_case).outcome,
             jakarta_date((new_case).created_at), (new_case).is_demo, 1
        FROM case_subjects s WHERE s.case_id = (new_case).id
    ) k
   GROUP BY election_id, region_code, agency_code, form_code, jabatan_class, regional_head_staff, asn_type,
            phase_code, campaign_relation, state, outcome, reported_on, is_demo
  HAVING sum(delta) <> 0
   ORDER BY election_id, region_code, agency_code, form_code, jabatan_class, regional_head_staff, asn_type,
            phase_code, campaign_relation, state, outcome, reported_on, is_demo
  ON CONFLICT ON CONSTRAINT case_stats_key DO UPDATE SET subjects = t.subjects + excluded.subjects
$$;

-- Subjects counted (+1) or no longer (-1) under their case's current key: every row of one statement in one
-- grouped, sorted upsert (subjects_delta: case_id, agency_code, jabatan_class, is_regional_head_staff, asn_type,
-- delta).
CREATE FUNCTION case_stats_count_subjects(subjects_delta jsonb) RETURNS void LANGUAGE sql AS $$
  INSERT INTO case_stats AS t (election_id, region_code, agency_code, form_code, jabatan_class, regional_head_staff,
    asn_type, phase_code, campaign_relation, state, outcome, reported_on, is_demo, subjects)
  SELECT c.election_id, c.region_code, coalesce(d.agency_code, c.agency_code) AS agency_code,
         c.violation_form_codes[1] AS form_code, d.jabatan_class, d.is_regional_head_staff, d.asn_type, c.phase_code,
         c.campaign_relation, c.state, c.outcome, jakarta_date(c.created_at) AS reported_on, c.is_demo,
         sum(d.delta)::integer
    FROM jsonb_to_recordset(subjects_delta) AS d(case_id uuid, agency_code text, jabatan_class text,
           is_regional_head_staff boolean, asn_type text, delta integer)
    JOIN cases c ON c.id = d.case_id
   GROUP BY 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13
  HAVING sum(d.delta) <> 0
   ORDER BY 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13
  ON CONFLICT ON CONSTRAINT case_stats_key DO UPDATE SET subjects = t.subjects + excluded.subjects
$$;

CREATE FUNCTION case_stats_on_case_update() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM case_stats_move(OLD, NEW);
  RETURN NULL;
END $$;

-- Only a change of a key moves a case between rows (a deadline or a version bump does not).
CREATE TRIGGER case_stats_case_update AFTER UPDATE ON cases FOR EACH ROW
  WHEN (OLD.state IS DISTINCT FROM NEW.state OR OLD.outcome IS DISTINCT FROM NEW.outcome
     OR OLD.election_id IS DISTINCT FROM NEW.election_id OR OLD.region_code IS DISTINCT FROM NEW.region_code
     OR OLD.agency_code IS DISTINCT FROM NEW.agency_code
     OR OLD.violation_form_codes[1] IS DISTINCT FROM NEW.violation_form_codes[1]
     OR OLD.phase_code IS DISTINCT FROM NEW.phase_code OR OLD.campaign_relation IS DISTINCT FROM NEW.campaign_relation
     OR OLD.is_demo IS DISTINCT FROM NEW.is_demo OR OLD.created_at IS DISTINCT FROM NEW.created_at)
  EXECUTE FUNCTION case_stats_on_case_update();

-- A case is counted through its subjects: a new case counts once its subjects are inserted. Statement-level with
-- transition tables, so all subjects a statement writes are counted in one sorted upsert (see case_stats_move).
CREATE FUNCTION case_stats_on_subjects_inserted() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM case_stats_count_subjects((SELECT jsonb_agg(jsonb_build_object('case_id', n.case_id,
    'agency_code', n.agency_code, 'jabatan_class', n.jabatan_class, 'is_regional_head_staff',
    n.is_regional_head_staff, 'asn_type', n.asn_type, 'delta', 1)) FROM new_subjects n));
  RETURN NULL;
END $$;

CREATE FUNCTION case_stats_on_subjects_deleted() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM case_stats_count_subjects((SELECT jsonb_agg(jsonb_build_object('case_id', o.case_id,
    'agency_code', o.agency_code, 'jabatan_class', o.jabatan_class, 'is_regional_head_staff',
    o.is_regional_head_staff, 'asn_type', o.asn_type, 'delta', -1)) FROM old_subjects o));
  RETURN NULL;
END $$;

CREATE FUNCTION case_stats_on_subjects_updated() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM case_stats_count_subjects((SELECT jsonb_agg(x) FROM (
    SELECT jsonb_build_object('case_id', o.case_id, 'agency_code', o.agency_code, 'jabatan_class', o.jabatan_class,
      'is_regional_head_staff', o.is_regional_head_staff, 'asn_type', o.asn_type, 'delta', -1) AS x
      FROM old_subjects o
    UNION ALL
    SELECT jsonb_build_object('case_id', n.case_id, 'agency_code', n.agency_code, 'jabatan_class', n.jabatan_class,
      'is_regional_head_staff', n.is_regional_head_staff, 'asn_type', n.asn_type, 'delta', 1)
      FROM new_subjects n) u));
  RETURN NULL;
END $$;

CREATE TRIGGER case_stats_subjects_inserted AFTER INSERT ON case_subjects REFERENCING NEW TABLE AS new_subjects
  FOR EACH STATEMENT EXECUTE FUNCTION case_stats_on_subjects_inserted();
CREATE TRIGGER case_stats_subjects_deleted AFTER DELETE ON case_subjects REFERENCING OLD TABLE AS old_subjects
  FOR EACH STATEMENT EXECUTE FUNCTION case_stats_on_subjects_deleted();
CREATE TRIGGER case_stats_subjects_updated AFTER UPDATE ON case_subjects
  REFERENCING OLD TABLE AS old_subjects NEW TABLE AS new_subjects
  FOR EACH STATEMENT EXECUTE FUNCTION case_stats_on_subjects_updated();

-- The cases already stored.
INSERT INTO case_stats (election_id, region_code, agency_code, form_code, jabatan_class, regional_head_staff,
  asn_type, phase_code, campaign_relation, state, outcome, reported_on, is_demo, subjects)
SELECT c.election_id, c.region_code, coalesce(s.agency_code, c.agency_code), c.violation_form_codes[1],
       s.jabatan_class, s.is_regional_head_staff, s.asn_type, c.phase_code, c.campaign_relation, c.state, c.outcome,
       jakarta_date(c.created_at), c.is_demo, count(*)::integer
  FROM cases c JOIN case_subjects s ON s.case_id = c.id
 GROUP BY 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13;
