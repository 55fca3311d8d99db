-- How long records are kept (the rules differ by country and body, so the therapist sets them):
-- a number of years after the last visit; for a client seen as a minor, at least that many years
-- after the birthday on which they came of age.
ALTER TABLE practice ADD COLUMN retention_years INT NOT NULL DEFAULT 10;
ALTER TABLE practice ADD COLUMN retention_adult_age INT NOT NULL DEFAULT 18;
ALTER TABLE practice ADD CONSTRAINT practice_retention_years CHECK (retention_years BETWEEN 1 AND 50);
ALTER TABLE practice ADD CONSTRAINT practice_retention_adult_age
    CHECK (retention_adult_age BETWEEN 16 AND 25);

-- A short note on an audit entry that is not clinical ("past the retention period", the name of
-- an export file). Entries written before this version have none.
ALTER TABLE audit_log ADD COLUMN detail VARCHAR(200);

CREATE INDEX audit_log_at_idx ON audit_log (at);
CREATE INDEX audit_log_entity_idx ON audit_log (entity, entity_id);
