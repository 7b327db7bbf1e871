-- Identity: staff users with a role and a scope, and their sessions (docs/adr/0002-staff-sessions-and-2fa.md).
-- Agency and region codes in `scope` are plain text: the reference tables are validated against in the
-- create-user action, not by a foreign key, so a reference reload never blocks on staff rows.
CREATE TABLE staff_users (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  email text NOT NULL CHECK (email = lower(email) AND position('@' IN email) > 1),
  name text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
  role text NOT NULL CHECK (role IN (
    'admin', 'bawaslu_staf', 'bawaslu_pimpinan', 'bkn_analis', 'bkn_pejabat', 'ppk_staf',
    'supervisor_kemendagri', 'supervisor_kemenpanrb', 'ombudsman_pengawas', 'custodian')),
  -- Shape per role is the zod union ZRoleScope in src/modules/identity/schema.ts.
  scope jsonb NOT NULL DEFAULT '{}'::jsonb CHECK (jsonb_typeof(scope) = 'object'),
  locale text CHECK (locale IN ('id', 'en')),
  password_hash text NOT NULL CHECK (password_hash LIKE '$argon2id$%'),
  -- AES-256-GCM sealed base32 seed (src/platform/crypto/sealed-box.ts); never stored in the clear.
  totp_secret_sealed text,
  totp_enrolled_at timestamptz,
  -- Last accepted 30-second TOTP step: a code is refused when its step is not newer (no replay).
  totp_last_counter bigint,
  failed_attempts integer NOT NULL DEFAULT 0 CHECK (failed_attempts >= 0),
  locked_until timestamptz,
  is_demo boolean NOT NULL DEFAULT false,
  disabled_at timestamptz,
  disabled_reason text,
  created_at timestamptz NOT NULL DEFAULT now(),
  CHECK ((totp_secret_sealed IS NULL) = (totp_enrolled_at IS NULL)),
  CHECK ((disabled_at IS NULL) = (disabled_reason IS NULL))
);
CREATE UNIQUE INDEX staff_users_email_key ON staff_users (email);

-- One row per signed-in browser. Only the SHA-256 of the cookie token is kept, so a database dump cannot be
-- replayed as a cookie. Any app node can read it: nodes stay stateless (ARCHITECTURE.md §2).
CREATE TABLE staff_sessions (
  token_hash text PRIMARY KEY CHECK (token_hash ~ '^[0-9a-f]{64}$'),
  user_id uuid NOT NULL REFERENCES staff_users (id) ON DELETE CASCADE,
  stage text NOT NULL CHECK (stage IN ('password_ok', 'mfa_ok')),
  -- The seed offered at first login, sealed; it moves to staff_users when the first code is accepted.
  pending_totp_sealed text,
  created_at timestamptz NOT NULL,
  last_seen_at timestamptz NOT NULL,
  expires_at timestamptz NOT NULL
);
CREATE INDEX staff_sessions_user_idx ON staff_sessions (user_id);
CREATE INDEX staff_sessions_expires_idx ON staff_sessions (expires_at);
