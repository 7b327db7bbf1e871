-- Reference data: regions, agencies (instansi + PPK), BKN regional offices, elections with phase calendars,
-- holidays, legal catalogues (REF §1, §3.6, §4.4–4.5). Rows come from data/reference/** via seedReferenceData.
--
-- Every fact carries its `source` and `confidence` (REF marks: ✅ verified, ⚠️ secondary, ❓ unverified).
-- Tables an admin may later edit have a stable text id (the audit log's entity_id) and `origin`: the seed only
-- ever rewrites rows whose origin is 'seed', so an admin's audited edit survives the next data update.

CREATE TABLE reference_data_state (
  id smallint PRIMARY KEY CHECK (id = 1),
  checksum text NOT NULL,
  loaded_at timestamptz NOT NULL DEFAULT now()
);

-- Kemendagri codes, dotted (Permendagri 58/2021 as updated by Kepmendagri 300.2.2-2138/2025, REF §4.4).
CREATE TABLE regions (
  code text PRIMARY KEY,
  level text NOT NULL CHECK (level IN ('province', 'regency', 'district')),
  kind text NOT NULL CHECK (kind IN ('province', 'kabupaten', 'kota', 'district')),
  name text NOT NULL,
  parent_code text REFERENCES regions (code),
  province_code text NOT NULL,
  -- REF §4.5: false for the 6 administrative units of DKI Jakarta (no regional head of their own); a
  -- kecamatan is part of its kab/kota, so false too.
  is_autonomous boolean NOT NULL,
  -- The autonomous region whose head is the PPK for this area: itself, DKI Jakarta for its administrative
  -- units (REF §4.5), a kecamatan's kab/kota (or DKI). Agencies hang off these codes.
  autonomous_region_code text NOT NULL REFERENCES regions (code),
  search tsvector GENERATED ALWAYS AS (to_tsvector('indonesian', name)) STORED,
  updated_at timestamptz NOT NULL DEFAULT now(),
  CHECK (
    (level = 'province' AND code ~ '^[0-9]{2}$' AND parent_code IS NULL AND kind = 'province')
    OR (level = 'regency' AND code ~ '^[0-9]{2}\.[0-9]{2}$' AND kind IN ('kabupaten', 'kota'))
    OR (level = 'district' AND code ~ '^[0-9]{2}\.[0-9]{2}\.[0-9]{2}$' AND kind = 'district')
  )
);
CREATE INDEX regions_parent_idx ON regions (parent_code, code);
CREATE INDEX regions_level_province_idx ON regions (level, province_code, code);
CREATE INDEX regions_search_idx ON regions USING gin (search);
CREATE INDEX regions_name_trgm_idx ON regions USING gin (lower(name) gin_trgm_ops);

CREATE TABLE agencies (
  code text PRIMARY KEY,
  name text NOT NULL,
  short_name text,
  kind text NOT NULL CHECK (kind IN ('regional', 'central')),
  category text NOT NULL,
  region_code text REFERENCES regions (code),
  ppk_title text NOT NULL,
  -- REF §0: a conflicted PPK's case goes to Kemendagri (pemda) or KemenPANRB (central agencies).
  supervisor text NOT NULL CHECK (supervisor IN ('kemendagri', 'kemenpanrb')),
  confidence text NOT NULL CHECK (confidence IN ('verified', 'secondary', 'unverified')),
  source text NOT NULL,
  note text,
  origin text NOT NULL DEFAULT 'seed' CHECK (origin IN ('seed', 'admin')),
  search tsvector GENERATED ALWAYS AS (to_tsvector('indonesian', name || ' ' || coalesce(short_name, ''))) STORED,
  updated_at timestamptz NOT NULL DEFAULT now(),
  CHECK ((kind = 'regional') = (region_code IS NOT NULL))
);
CREATE UNIQUE INDEX agencies_one_per_region_idx ON agencies (region_code) WHERE region_code IS NOT NULL;
CREATE INDEX agencies_search_idx ON agencies USING gin (search);
CREATE INDEX agencies_name_trgm_idx ON agencies USING gin (lower(name || ' ' || coalesce(short_name, '')) gin_trgm_ops);

-- BKN head office ('pusat', covers every province) and its Kantor Regional; staff scopes refer to these codes.
CREATE TABLE bkn_offices (
  code text PRIMARY KEY,
  name text NOT NULL,
  city text NOT NULL,
  covers_all boolean NOT NULL DEFAULT false,
  confidence text NOT NULL CHECK (confidence IN ('verified', 'secondary', 'unverified')),
  source text NOT NULL,
  origin text NOT NULL DEFAULT 'seed' CHECK (origin IN ('seed', 'admin')),
  updated_at timestamptz NOT NULL DEFAULT now()
);
CREATE TABLE bkn_office_provinces (
  office_code text NOT NULL REFERENCES bkn_offices (code),
  province_code text NOT NULL REFERENCES regions (code),
  confidence text NOT NULL CHECK (confidence IN ('verified', 'secondary', 'unverified')),
  source text NOT NULL,
  origin text NOT NULL DEFAULT 'seed' CHECK (origin IN ('seed', 'admin')),
  updated_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (office_code, province_code)
);
CREATE UNIQUE INDEX bkn_office_provinces_one_office_idx ON bkn_office_provinces (province_code);

CREATE TABLE elections (
  id text PRIMARY KEY CHECK (id ~ '^[a-z0-9-]+$'),
  name text NOT NULL,
  type text NOT NULL CHECK (type IN ('pemilu', 'pilkada')),
  regulation text,
  -- Totals as published (REF §4.5), kept even where the per-region list is unknown (Pilkada 2020).
  declared_provinces integer,
  declared_kabupaten integer,
  declared_kota integer,
  declared_source text,
  declared_confidence text CHECK (declared_confidence IN ('verified', 'secondary', 'unverified')),
  note text,
  origin text NOT NULL DEFAULT 'seed' CHECK (origin IN ('seed', 'admin')),
  updated_at timestamptz NOT NULL DEFAULT now()
);

-- holds_election NULL = not known from our sources (never guessed).
CREATE TABLE election_regions (
  election_id text NOT NULL REFERENCES elections (id),
  region_code text NOT NULL REFERENCES regions (code),
  holds_election boolean,
  confidence text CHECK (confidence IN ('verified', 'secondary', 'unverified')),
  source text,
  note text,
  origin text NOT NULL DEFAULT 'seed' CHECK (origin IN ('seed', 'admin')),
  updated_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (election_id, region_code)
);
CREATE INDEX election_regions_region_idx ON election_regions (region_code);

-- The national calendar; NULL dates = not in our sources. Dates are Asia/Jakarta calendar days, inclusive.
CREATE TABLE election_phases (
  election_id text NOT NULL REFERENCES elections (id),
  code text NOT NULL CHECK (code ~ '^[a-z_]+$'),
  sequence integer NOT NULL,
  label_id text NOT NULL,
  label_en text NOT NULL,
  starts_on date,
  ends_on date,
  confidence text NOT NULL CHECK (confidence IN ('verified', 'secondary', 'unverified')),
  source text NOT NULL,
  note text,
  origin text NOT NULL DEFAULT 'seed' CHECK (origin IN ('seed', 'admin')),
  updated_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (election_id, code),
  CHECK ((starts_on IS NULL) = (ends_on IS NULL) AND (ends_on IS NULL OR ends_on >= starts_on))
);

-- A region's own dates for a phase (a province's override also applies to its kab/kota unless they have one).
CREATE TABLE election_phase_overrides (
  election_id text NOT NULL,
  phase_code text NOT NULL,
  region_code text NOT NULL REFERENCES regions (code),
  starts_on date,
  ends_on date,
  confidence text NOT NULL CHECK (confidence IN ('verified', 'secondary', 'unverified')),
  source text NOT NULL,
  note text,
  origin text NOT NULL DEFAULT 'seed' CHECK (origin IN ('seed', 'admin')),
  updated_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (election_id, phase_code, region_code),
  FOREIGN KEY (election_id, phase_code) REFERENCES election_phases (election_id, code),
  CHECK ((starts_on IS NULL) = (ends_on IS NULL) AND (ends_on IS NULL OR ends_on >= starts_on))
);

-- Who decides forwarded neutrality cases over time (REF §1.1: KASN until 24 Aug 2024, then BKN).
-- valid_from inclusive, valid_to exclusive; NULL = open.
CREATE TABLE deciding_authorities (
  code text PRIMARY KEY,
  name text NOT NULL,
  valid_from date,
  valid_to date,
  confidence text NOT NULL CHECK (confidence IN ('verified', 'secondary', 'unverified')),
  source text NOT NULL,
  note text,
  updated_at timestamptz NOT NULL DEFAULT now()
);

-- National holidays and cuti bersama (data/reference/holidays-id.json); 13 May 2021 holds two entries.
CREATE TABLE holidays (
  date date NOT NULL,
  name_id text NOT NULL,
  name_en text NOT NULL,
  kind text NOT NULL CHECK (kind IN ('libur_nasional', 'cuti_bersama', 'pemungutan_suara')),
  source text NOT NULL,
  confidence text,
  note text,
  updated_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (date, name_id)
);

-- Legal catalogues (REF §1.1–§1.4). valid_from inclusive, valid_to exclusive (the day a successor took effect).
CREATE TABLE regulations (
  code text PRIMARY KEY,
  short_name text NOT NULL,
  -- Position in data/reference/legal/regulations.json (chronological), for listing.
  sort_order integer NOT NULL,
  title text NOT NULL,
  number text,
  issued_on date,
  valid_from date,
  valid_to date,
  purpose text NOT NULL,
  confidence text NOT NULL CHECK (confidence IN ('verified', 'secondary', 'unverified')),
  source text NOT NULL,
  note text,
  origin text NOT NULL DEFAULT 'seed' CHECK (origin IN ('seed', 'admin')),
  updated_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE violation_forms (
  code text PRIMARY KEY,
  -- Report categories are Bawaslu practice, not a regulation's text (REF §1.4), so they have none.
  regulation_code text REFERENCES regulations (code),
  track text NOT NULL CHECK (track IN ('ethics', 'discipline', 'report_category')),
  reference text NOT NULL,
  sort_order integer NOT NULL,
  text_id text NOT NULL,
  gloss_en text NOT NULL,
  confidence text NOT NULL CHECK (confidence IN ('verified', 'secondary', 'unverified')),
  source text NOT NULL,
  note text,
  origin text NOT NULL DEFAULT 'seed' CHECK (origin IN ('seed', 'admin')),
  updated_at timestamptz NOT NULL DEFAULT now(),
  CHECK (track = 'report_category' OR regulation_code IS NOT NULL)
);

CREATE TABLE sanction_types (
  code text PRIMARY KEY,
  regulation_code text NOT NULL REFERENCES regulations (code),
  level text NOT NULL CHECK (level IN ('light', 'moderate', 'severe', 'moral', 'dismissal')),
  asn_types text[] NOT NULL,
  sort_order integer NOT NULL,
  label_id text NOT NULL,
  gloss_en text NOT NULL,
  confidence text NOT NULL CHECK (confidence IN ('verified', 'secondary', 'unverified')),
  source text NOT NULL,
  note text,
  origin text NOT NULL DEFAULT 'seed' CHECK (origin IN ('seed', 'admin')),
  updated_at timestamptz NOT NULL DEFAULT now()
);

-- The level of sanction a violation form carries (REF §1.3, §1.4); report categories have none.
CREATE TABLE violation_form_levels (
  form_code text PRIMARY KEY REFERENCES violation_forms (code),
  level text NOT NULL CHECK (level IN ('light', 'moderate', 'severe', 'moral', 'dismissal')),
  confidence text NOT NULL CHECK (confidence IN ('verified', 'secondary', 'unverified')),
  source text NOT NULL,
  note text,
  origin text NOT NULL DEFAULT 'seed' CHECK (origin IN ('seed', 'admin')),
  updated_at timestamptz NOT NULL DEFAULT now()
);
