-- Documents attached to a case by staff (berita acara, surat, keputusan, evidence), issue 4 §1. The bytes live in
-- the content-addressed blob store (src/platform/blobs); this row is the metadata. Documents are never edited or
-- deleted through Netra (a wrong upload is superseded by a new one, its use is recorded in the case events).
CREATE TABLE case_documents (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  case_id uuid NOT NULL REFERENCES cases (id),
  kind text NOT NULL CHECK (kind IN ('evidence', 'minutes', 'letter', 'decree', 'other')),
  file_name text NOT NULL CHECK (length(file_name) BETWEEN 1 AND 255),
  -- Sniffed from the bytes, not taken from the uploader.
  media_type text NOT NULL CHECK (media_type IN ('application/pdf', 'image/jpeg', 'image/png')),
  size_bytes integer NOT NULL CHECK (size_bytes > 0),
  sha256 text NOT NULL CHECK (sha256 ~ '^[0-9a-f]{64}$'),
  uploaded_by uuid NOT NULL REFERENCES staff_users (id),
  -- Who may read it follows from the desk that uploaded it (Bawaslu's file may name the reporter).
  uploaded_by_role text NOT NULL,
  uploaded_at timestamptz NOT NULL
);
CREATE INDEX case_documents_case_idx ON case_documents (case_id, uploaded_at);

CREATE FUNCTION case_documents_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'case_documents is append-only: % refused', TG_OP USING ERRCODE = 'insufficient_privilege';
END
$$;
CREATE TRIGGER case_documents_no_update_delete BEFORE UPDATE OR DELETE ON case_documents
  FOR EACH ROW EXECUTE FUNCTION case_documents_refuse_change();
