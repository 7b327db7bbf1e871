-- The case_stats triggers of 0014, with their upserts written in the PL/pgSQL trigger bodies. 0014 called SQL
-- functions from PL/pgSQL; PostgreSQL parses and plans a non-inlined SQL function's body on every call, which made
-- each transition ~0.9 ms slower at 1 M cases (bench/README.md, "case_stats trigger"). PL/pgSQL keeps the plan of
-- each statement for the session, so the same upsert costs ~0.25 ms. The rows written are the same as 0014's:
-- grouped (a key met twice in one INSERT would make ON CONFLICT fail) and sorted (two statements moving cases
-- between the same keys lock them in the same order and cannot deadlock).

CREATE OR REPLACE FUNCTION case_stats_on_case_update() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO case_stats AS t (election_id, region_code, agency_code, form_code, jabatan_class, regional_head_staff,
    asn_type, phase_code, campaign_relation, state, outcome, reported_on, is_demo, subjects)
  SELECT k.election_id, k.region_code, k.agency_code, k.form_code, k.jabatan_class, k.regional_head_staff,
         k.asn_type, k.phase_code, k.campaign_relation, k.state, k.outcome, k.reported_on, k.is_demo,
         sum(k.delta)::integer
    FROM (
      SELECT OLD.election_id, OLD.region_code, coalesce(s.agency_code, OLD.agency_code),
             OLD.violation_form_codes[1], s.jabatan_class, s.is_regional_head_staff, s.asn_type, OLD.phase_code,
             OLD.campaign_relation, OLD.state, OLD.outcome, jakarta_date(OLD.created_at), OLD.is_demo, -1
        FROM case_subjects s WHERE s.case_id = OLD.id
      UNION ALL
      SELECT NEW.election_id, NEW.region_code, coalesce(s.agency_code, NEW.agency_code),
             NEW.violation_form_codes[1], s.jabatan_class, s.is_regional_head_staff, s.asn_type, NEW.phase_code,
             NEW.campaign_relation, NEW.state, NEW.outcome, jakarta_date(NEW.created_at), NEW.is_demo, 1
        FROM case_subjects s WHERE s.case_id = NEW.id
    ) k(election_id, region_code, agency_code, form_code, jabatan_class, regional_head_staff, asn_type, phase_code,
        campaign_relation, state, outcome, reported_on, is_demo, delta)
   GROUP BY 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13
  HAVING sum(k.delta) <> 0
   ORDER BY 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13
  ON CONFLICT ON CONSTRAINT case_stats_key DO UPDATE SET subjects = t.subjects + excluded.subjects;
  RETURN NULL;
END $$;

-- Subjects counted (+1) or no longer (-1) under their case's current key. The transition tables are read in the
-- statement itself (one function per operation: a trigger on INSERT has no old_subjects to plan against).
CREATE OR REPLACE FUNCTION case_stats_on_subjects_inserted() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO case_stats AS t (election_id, region_code, agency_code, form_code, jabatan_class, regional_head_staff,
    asn_type, phase_code, campaign_relation, state, outcome, reported_on, is_demo, subjects)
  SELECT c.election_id, c.region_code, coalesce(d.agency_code, c.agency_code), c.violation_form_codes[1],
         d.jabatan_class, d.is_regional_head_staff, d.asn_type, c.phase_code, c.campaign_relation, c.state, c.outcome,
         jakarta_date(c.created_at), c.is_demo, count(*)::integer
    FROM new_subjects d JOIN cases c ON c.id = d.case_id
   GROUP BY 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13
   ORDER BY 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13
  ON CONFLICT ON CONSTRAINT case_stats_key DO UPDATE SET subjects = t.subjects + excluded.subjects;
  RETURN NULL;
END $$;

CREATE OR REPLACE FUNCTION case_stats_on_subjects_deleted() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO case_stats AS t (election_id, region_code, agency_code, form_code, jabatan_class, regional_head_staff,
    asn_type, phase_code, campaign_relation, state, outcome, reported_on, is_demo, subjects)
  SELECT c.election_id, c.region_code, coalesce(d.agency_code, c.agency_code), c.violation_form_codes[1],
         d.jabatan_class, d.is_regional_head_staff, d.asn_type, c.phase_code, c.campaign_relation, c.state, c.outcome,
         jakarta_date(c.created_at), c.is_demo, -count(*)::integer
    FROM old_subjects d JOIN cases c ON c.id = d.case_id
   GROUP BY 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13
   ORDER BY 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13
  ON CONFLICT ON CONSTRAINT case_stats_key DO UPDATE SET subjects = t.subjects + excluded.subjects;
  RETURN NULL;
END $$;

CREATE OR REPLACE FUNCTION case_stats_on_subjects_updated() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO case_stats AS t (election_id, region_code, agency_code, form_code, jabatan_class, regional_head_staff,
    asn_type, phase_code, campaign_relation, state, outcome, reported_on, is_demo, subjects)
  SELECT c.election_id, c.region_code, coalesce(d.agency_code, c.agency_code), c.violation_form_codes[1],
         d.jabatan_class, d.is_regional_head_staff, d.asn_type, c.phase_code, c.campaign_relation, c.state, c.outcome,
         jakarta_date(c.created_at), c.is_demo, sum(d.delta)::integer
    FROM (SELECT o.case_id, o.agency_code, o.jabatan_class, o.is_regional_head_staff, o.asn_type, -1 AS delta
            FROM old_subjects o
          UNION ALL
          SELECT n.case_id, n.agency_code, n.jabatan_class, n.is_regional_head_staff, n.asn_type, 1
            FROM new_subjects n) d
    JOIN cases c ON c.id = d.case_id
   GROUP BY 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13
  HAVING sum(d.delta) <> 0
   ORDER BY 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13
  ON CONFLICT ON CONSTRAINT case_stats_key DO UPDATE SET subjects = t.subjects + excluded.subjects;
  RETURN NULL;
END $$;

DROP FUNCTION case_stats_move(cases, cases);
DROP FUNCTION case_stats_count_subjects(jsonb);
