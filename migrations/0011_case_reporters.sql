-- The reporter (pelapor) of a laporan that Bawaslu staff record for a member of the public (issue 4 §1).
-- The identity (name, NIK, address, phone, e-mail) is sealed by the app before it reaches SQL: AES-256-GCM with a
-- key derived from NETRA_SECRET_KEY, which the database does not hold (ARCHITECTURE.md §6), and the case and
-- reporter ids bound as associated data, so a sealed value copied onto another row does not open. No column here
-- holds clear text. An anonymous laporan has no row: its intake's reporter_ref stays null, and the syarat formil
-- "identitas pelapor" (Perbawaslu 7/2022 Pasal 15(3)) is then unmet.
CREATE TABLE case_reporters (
  -- Chosen by the app: the id is sealed into the value, so it must exist before the row does.
  id uuid PRIMARY KEY,
  case_id uuid NOT NULL REFERENCES cases (id),
  sealed_identity text NOT NULL
    CHECK (sealed_identity ~ '^v1\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+$'),
  created_at timestamptz NOT NULL
);
CREATE INDEX case_reporters_case_idx ON case_reporters (case_id);

-- A reporter belongs to one intake, and only a laporan has one (a temuan is Bawaslu's own finding).
ALTER TABLE case_intakes
  ADD CONSTRAINT case_intakes_reporter_ref_fkey FOREIGN KEY (reporter_ref) REFERENCES case_reporters (id),
  ADD CONSTRAINT case_intakes_reporter_of_laporan CHECK (reporter_ref IS NULL OR kind = 'laporan');
CREATE UNIQUE INDEX case_intakes_reporter_ref_idx ON case_intakes (reporter_ref) WHERE reporter_ref IS NOT NULL;

-- Reports also arrive by e-mail. Patrol and social-media monitoring are Bawaslu's own supervision: they yield a
-- temuan, never a laporan (src/modules/cases/case-api-schema.ts REPORT_CHANNELS).
ALTER TABLE case_intakes DROP CONSTRAINT case_intakes_channel_check;
ALTER TABLE case_intakes
  ADD CONSTRAINT case_intakes_channel_check CHECK (channel IN ('walk_in', 'letter', 'phone', 'email', 'patrol',
    'social_media', 'sp4n_lapor', 'online')),
  ADD CONSTRAINT case_intakes_laporan_channel CHECK (kind = 'temuan' OR channel NOT IN ('patrol', 'social_media'));
