-- Keys every host of a deployment shares (the web's data-protection key ring), encrypted by the host before they are written.
CREATE TABLE host_keys (
    purpose text NOT NULL,
    name text NOT NULL,
    value text NOT NULL,
    created_at timestamptz NOT NULL,
    PRIMARY KEY (purpose, name)
);
