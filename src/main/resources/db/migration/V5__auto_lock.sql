-- Minutes without keyboard or mouse after which Knotwork locks and hides client details.
ALTER TABLE practice ADD COLUMN auto_lock_minutes INT NOT NULL DEFAULT 5;
ALTER TABLE practice ADD CONSTRAINT practice_auto_lock_minutes
    CHECK (auto_lock_minutes BETWEEN 1 AND 120);
