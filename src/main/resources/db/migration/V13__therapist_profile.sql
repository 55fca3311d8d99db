-- Who signed. Until now a signed note, an addendum and an agreed plan were put down to the
-- computer's account name (in the audit log only). The practice now keeps the therapist's profile
-- (name as registered, professional title, registration or licence number and the body that
-- issued it), and every new signature keeps a copy of it as it was at that moment, so a later
-- change of title or registration never rewrites who signed an older record.
--
-- Existing signed notes are not touched: their signer columns stay empty, they keep their
-- fingerprint, and their author is still the account named in the audit log. Adding columns is
-- not an UPDATE, so the signed-record guard (decision 0007) is neither fired nor weakened.

ALTER TABLE practice ADD COLUMN therapist_name VARCHAR(100);
ALTER TABLE practice ADD COLUMN therapist_title VARCHAR(100);
ALTER TABLE practice ADD COLUMN therapist_registration VARCHAR(60);
ALTER TABLE practice ADD COLUMN therapist_registered_with VARCHAR(150);

ALTER TABLE session ADD COLUMN signer_name VARCHAR(100);
ALTER TABLE session ADD COLUMN signer_title VARCHAR(100);
ALTER TABLE session ADD COLUMN signer_registration VARCHAR(60);
ALTER TABLE session ADD COLUMN signer_registered_with VARCHAR(150);

-- The addendum's author column keeps the registered name; these hold the rest of the signature.
ALTER TABLE session_addendum ADD COLUMN author_title VARCHAR(100);
ALTER TABLE session_addendum ADD COLUMN author_registration VARCHAR(60);
ALTER TABLE session_addendum ADD COLUMN author_registered_with VARCHAR(150);

ALTER TABLE treatment_plan ADD COLUMN agreed_by_name VARCHAR(100);
ALTER TABLE treatment_plan ADD COLUMN agreed_by_title VARCHAR(100);
ALTER TABLE treatment_plan ADD COLUMN agreed_by_registration VARCHAR(60);
ALTER TABLE treatment_plan ADD COLUMN agreed_by_registered_with VARCHAR(150);

-- A signature names at least who signed and as what.
ALTER TABLE session ADD CONSTRAINT session_signer_whole
    CHECK ((signer_name IS NULL AND signer_title IS NULL)
        OR (LENGTH(TRIM(signer_name)) > 0 AND LENGTH(TRIM(signer_title)) > 0));
ALTER TABLE treatment_plan ADD CONSTRAINT treatment_plan_agreed_by_whole
    CHECK ((agreed_by_name IS NULL AND agreed_by_title IS NULL)
        OR (LENGTH(TRIM(agreed_by_name)) > 0 AND LENGTH(TRIM(agreed_by_title)) > 0));
