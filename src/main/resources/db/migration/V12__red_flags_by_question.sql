-- Red flags by question: each question carries its own urgency and advice, and the advice names
-- the emergency number of the practice's country.

-- Where the practice is. NULL until the therapist chooses: advice then says "the local emergency
-- number" and names no number. For OTHER the therapist types the two texts below.
ALTER TABLE practice ADD COLUMN country VARCHAR(20);
ALTER TABLE practice ADD COLUMN emergency_number VARCHAR(30);
ALTER TABLE practice ADD COLUMN same_day_help VARCHAR(120);

-- A session in which a red flag meant no massage today is signed as ended without treatment.
-- Notes signed before this change keep FALSE, which is what they recorded.
ALTER TABLE session ADD COLUMN ended_without_treatment BOOLEAN DEFAULT FALSE NOT NULL;
