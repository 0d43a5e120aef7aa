-- The subjects an exam batch examines: 理论考核 (theory) and 技能考核 (clinical skills)
-- (as sql/sqlite/004). A registration names the subjects its candidate sits.
ALTER TABLE exam_batches ADD COLUMN subjects TEXT NOT NULL DEFAULT 'theory,skills'
    CHECK (subjects IN ('theory,skills', 'theory', 'skills'));
