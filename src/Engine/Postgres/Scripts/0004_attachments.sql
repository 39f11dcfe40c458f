-- Files applicants upload for the form's File inputs. The bytes are stored in the row, written in the same transaction
-- as the submission or resubmission that brought them: a crash keeps both or neither, and a database backup holds
-- every upload. The application's data names the current file of each input by id.
CREATE TABLE attachments (
    id uuid NOT NULL PRIMARY KEY,
    instance_id uuid NOT NULL REFERENCES instances (id),
    field_name text NOT NULL,
    file_name text NOT NULL,
    content_type text NOT NULL,
    size bigint NOT NULL,
    sha256 text NOT NULL,
    uploaded_at timestamptz NOT NULL,
    content bytea NOT NULL
);

CREATE INDEX ix_attachments_instance ON attachments (instance_id, uploaded_at);
