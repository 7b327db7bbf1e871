-- The daily open-data dump (issue 5 §6): the public figures as files, written once a day and kept, so a dataset can
-- be cited by its day and checked by its SHA-256. The bytes are in the blob store (content-addressed, data dir);
-- these rows say which file of which day they are. Never changed once written.
CREATE TABLE open_data_files (
  day date NOT NULL,
  name text NOT NULL CHECK (name ~ '^[a-z0-9][a-z0-9-]*\.(csv|json)$'),
  media_type text NOT NULL CHECK (media_type IN ('text/csv', 'application/json')),
  sha256 text NOT NULL CHECK (sha256 ~ '^[0-9a-f]{64}$'),
  size_bytes integer NOT NULL CHECK (size_bytes >= 0),
  rows integer,
  description text NOT NULL,
  written_at timestamptz NOT NULL,
  PRIMARY KEY (day, name)
);

CREATE FUNCTION open_data_files_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'open_data_files are kept as written: % refused', TG_OP USING ERRCODE = 'insufficient_privilege';
END
$$;
CREATE TRIGGER open_data_files_frozen BEFORE UPDATE OR DELETE ON open_data_files
  FOR EACH ROW EXECUTE FUNCTION open_data_files_refuse_change();
