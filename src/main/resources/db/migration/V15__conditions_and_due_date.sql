-- Knotwork schema, version 15: more conditions on the health-history checklist, and pregnancy
-- stored as a due date so its weeks move on with every visit.

ALTER TABLE client_condition ADD COLUMN due_date DATE;

ALTER TABLE client_condition DROP CONSTRAINT client_condition_kind;
ALTER TABLE client_condition ADD CONSTRAINT client_condition_kind CHECK (condition_code IN (
    'OSTEOPOROSIS', 'DISC_PROBLEMS', 'OSTEOARTHRITIS', 'RECENT_SURGERY', 'ANTICOAGULANTS',
    'PREGNANCY', 'CANCER_HISTORY', 'SKIN_CONDITION', 'VARICOSE_VEINS', 'HIGH_BLOOD_PRESSURE',
    'DIABETES', 'ACUTE_INJURY', 'SPINAL_INJURY', 'CLOTTING_HISTORY', 'HEART_CONDITION', 'EPILEPSY',
    'INFLAMMATORY_ARTHRITIS', 'CORTICOSTEROIDS', 'NEUROPATHY', 'LYMPHOEDEMA', 'HYPERMOBILITY',
    'OTHER'));
ALTER TABLE client_condition ADD CONSTRAINT client_condition_due_date
    CHECK (due_date IS NULL OR condition_code = 'PREGNANCY');

-- Weeks typed before this version were true on the day the health history was last saved: the
-- due date is the rest of the 40 weeks (280 days) from that day. The weeks column keeps what was
-- typed; Knotwork no longer writes it.
-- [jooq ignore start]
UPDATE client_condition cc
   SET due_date = DATEADD(DAY, 280 - 7 * cc.weeks,
                          (SELECT CAST(c.updated_at AS DATE) FROM client c WHERE c.id = cc.client_id))
 WHERE cc.condition_code = 'PREGNANCY' AND cc.weeks IS NOT NULL;
-- [jooq ignore stop]

-- The therapist's edited copies of built-in handouts get the same new safety wording as the
-- originals (decision 0011, addendum): who should ask before trying a stretch, and a time limit
-- for warmth. Their own words are kept; the line is added to the end of the safety box, where it
-- fits and is not there already.
-- [jooq ignore start]
UPDATE handout
   SET safety = TRIM(safety || ' If you are pregnant, have osteoporosis, or have had an operation'
                || ' on your hip or back, ask your therapist before you try this.')
 WHERE builtin_key IN ('hamstring-stretch', 'hip-flexor-stretch', 'glute-piriformis-stretch',
                       'upper-back-neck-stretch')
   AND LOWER(safety) NOT LIKE '%osteoporosis%'
   AND LENGTH(safety) <= 380;
UPDATE handout
   SET safety = TRIM(safety || ' Use warmth for 15 to 20 minutes at a time.')
 WHERE builtin_key = 'heat-cold'
   AND safety NOT LIKE '%15 to 20 minutes%'
   AND LENGTH(safety) <= 455;
-- [jooq ignore stop]
