-- The day a case was reported is the day its (first) laporan or temuan reached Bawaslu, not the day staff entered
-- it in Netra (issue 5 §2: "every figure states its counting date (date of report, …)"). Kept on the case, set at
-- intake; the statistics key and the public filters (from/to, the month breakdown) count by it. A case written
-- without it (a bulk load) falls back to the day it was entered.

ALTER TABLE cases ADD COLUMN reported_on date;
UPDATE cases c SET reported_on = (SELECT min(i.received_on) FROM case_intakes i WHERE i.case_id = c.id);

CREATE FUNCTION case_report_day(reported_on date, created_at timestamptz) RETURNS date
  LANGUAGE sql IMMUTABLE PARALLEL SAFE
  RETURN coalesce(reported_on, jakarta_date(created_at));

-- The triggers of 0016 with the report day instead of the entry day.
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
             OLD.campaign_relation, OLD.state, OLD.outcome, case_report_day(OLD.reported_on, OLD.created_at),
             OLD.is_demo, sanction_class(OLD.recommendation), -1
        FROM case_subjects s WHERE s.case_id = OLD.id
      UNION ALL
      SELECT NEW.election_id, NEW.region_code, coalesce(s.agency_code, NEW.agency_code),
             NEW.violation_form_codes[1], s.jabatan_class, s.is_regional_head_staff, s.asn_type, NEW.phase_code,
             NEW.campaign_relation, NEW.state, NEW.outcome, case_report_day(NEW.reported_on, NEW.created_at),
             NEW.is_demo, sanction_class(NEW.recommendation), 1
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
         case_report_day(c.reported_on, c.created_at), c.is_demo, sanction_class(c.recommendation), count(*)::integer
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
         case_report_day(c.reported_on, c.created_at), c.is_demo, sanction_class(c.recommendation),
         -count(*)::integer
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
         case_report_day(c.reported_on, c.created_at), c.is_demo, sanction_class(c.recommendation),
         sum(d.delta)::integer
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
     OR OLD.reported_on IS DISTINCT FROM NEW.reported_on
     OR sanction_class(OLD.recommendation) IS DISTINCT FROM sanction_class(NEW.recommendation))
  EXECUTE FUNCTION case_stats_on_case_update();

-- The stored cases under the report day.
DELETE FROM case_stats;
INSERT INTO case_stats (election_id, region_code, agency_code, form_code, jabatan_class, regional_head_staff,
  asn_type, phase_code, campaign_relation, state, outcome, reported_on, is_demo, sanction_code, subjects)
SELECT c.election_id, c.region_code, coalesce(s.agency_code, c.agency_code), c.violation_form_codes[1],
       s.jabatan_class, s.is_regional_head_staff, s.asn_type, c.phase_code, c.campaign_relation, c.state, c.outcome,
       case_report_day(c.reported_on, c.created_at), c.is_demo, sanction_class(c.recommendation), count(*)::integer
  FROM cases c JOIN case_subjects s ON s.case_id = c.id
 GROUP BY 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14;
