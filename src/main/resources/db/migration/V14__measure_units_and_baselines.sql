-- Knotwork schema, version 14: outcome measures that cannot be misread.
--
-- Units. No stored score changes: every instrument keeps storing its scores in the unit it always
-- has (Oswestry as a percentage, 0–100; Neck Disability Index as the raw total, 0–50; Roland-Morris
-- as the count of statements, 0–24). The application now asks which unit a total is entered in
-- and converts a percentage NDI or a raw Oswestry total before storing it, so existing entries keep
-- their meaning without being touched. Only the instruments' explanatory notes change here.
--
-- Baselines. The therapist can mark a recorded measure as a new baseline: later progress is
-- compared with it. A mark is a row of its own, so the measure itself is never updated; removing
-- the mark deletes the row, and removing the measure removes its mark.

CREATE TABLE outcome_baseline (
    entry_id    BIGINT     NOT NULL PRIMARY KEY,
    marked_at   TIMESTAMP  NOT NULL,
    CONSTRAINT outcome_baseline_entry FOREIGN KEY (entry_id) REFERENCES outcome_entry (id)
        ON DELETE CASCADE
);

UPDATE outcome_instrument SET source_note =
    'Scored on the client''s paper form: the sum of the 10 sections (0–50) as a percentage. Enter the percentage, or the total out of 50 when every section was answered. Stored as a percentage. Licensed by Mapi Research Trust. A change of 10 percentage points is counted as meaningful; check this against the version you use.'
    WHERE code = 'ODI' AND built_in = TRUE;
UPDATE outcome_instrument SET source_note =
    'Count of statements ticked on the client''s paper form (24-item version): a whole number from 0 to 24. A change of 3 statements is counted as meaningful.'
    WHERE code = 'RMDQ' AND built_in = TRUE;
UPDATE outcome_instrument SET source_note =
    'Scored on the client''s paper form: the raw total of the 10 items (0–50); the form''s percentage is twice the total. Enter either, choosing the unit. Stored as the raw total out of 50. A change of 5 points (10%) is meaningful.'
    WHERE code = 'NDI' AND built_in = TRUE;
