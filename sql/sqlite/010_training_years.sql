-- Training years (培训年限管理): each trainee trains 3, 2 or 1 year from training_start; the end is
-- start + years − 1 day (三年: 2023-07-01 .. 2026-06-30). Fewer years than the standard length
-- of the track come only from an approved reduction (减免) with a PDF proof, reviewed
-- base → city → province and applied after the last pass.
ALTER TABLE trainees ADD COLUMN training_years INTEGER CHECK (training_years IS NULL OR training_years IN (1, 2, 3));
-- ;
-- Trainees already stored: the whole years their dates span (a month's slack either way), when that is 1–3.
UPDATE trainees SET training_years = (
        (CAST(strftime('%Y', training_end) AS INTEGER) * 12 + CAST(strftime('%m', training_end) AS INTEGER))
      - (CAST(strftime('%Y', training_start) AS INTEGER) * 12 + CAST(strftime('%m', training_start) AS INTEGER))
      + 7) / 12
WHERE training_start IS NOT NULL AND training_end IS NOT NULL
  AND ((CAST(strftime('%Y', training_end) AS INTEGER) * 12 + CAST(strftime('%m', training_end) AS INTEGER))
      - (CAST(strftime('%Y', training_start) AS INTEGER) * 12 + CAST(strftime('%m', training_start) AS INTEGER))
      + 7) / 12 BETWEEN 1 AND 3;
-- ;
-- One reduction request per trainee, ever: a returned request is edited and resubmitted, a rejected
-- one stays rejected, and a second request for the same trainee is refused (also by this UNIQUE).
-- The proof's bytes live in evidence_blobs under their SHA-256, like every other evidence file.
CREATE TABLE reduction_requests (
    id              INTEGER PRIMARY KEY,
    trainee_id      INTEGER NOT NULL UNIQUE REFERENCES trainees(id),
    -- denormalised from the trainee so scope filters need no join
    base_id         INTEGER NOT NULL REFERENCES orgs(id),
    from_years      INTEGER NOT NULL CHECK (from_years IN (2, 3)),
    to_years        INTEGER NOT NULL CHECK (to_years IN (1, 2)),
    reason          TEXT NOT NULL,
    proof_file_name TEXT NOT NULL,
    proof_size      INTEGER NOT NULL,
    proof_sha256    TEXT NOT NULL REFERENCES evidence_blobs(sha256),
    state           TEXT NOT NULL CHECK (state IN ('submitted', 'base_passed', 'city_passed', 'final_passed',
                                                   'rejected', 'returned')),
    version         INTEGER NOT NULL DEFAULT 1,
    filed_by        INTEGER REFERENCES users(id),
    filed_at        TEXT NOT NULL,
    updated_at      TEXT NOT NULL,
    -- set when the final pass changed the trainee's years and end date
    applied_at      TEXT,
    CHECK (to_years < from_years)
);
-- ;
CREATE INDEX reduction_requests_state ON reduction_requests(state, base_id);
-- ;
-- Every step of a reduction request (filed, each review, resubmission), never rewritten.
CREATE TABLE reduction_decisions (
    id           INTEGER PRIMARY KEY,
    request_id   INTEGER NOT NULL REFERENCES reduction_requests(id),
    batch_action_id INTEGER REFERENCES batch_actions(id),
    user_id      INTEGER REFERENCES users(id),
    stage        TEXT NOT NULL,
    action       TEXT NOT NULL,
    from_state   TEXT,
    to_state     TEXT NOT NULL,
    reason       TEXT,
    decided_at   TEXT NOT NULL
);
-- ;
CREATE INDEX reduction_decisions_request ON reduction_decisions(request_id);
-- ;
CREATE TRIGGER reduction_decisions_no_update BEFORE UPDATE ON reduction_decisions
BEGIN SELECT RAISE(ABORT, 'the reduction log is append-only'); END;
-- ;
CREATE TRIGGER reduction_decisions_no_delete BEFORE DELETE ON reduction_decisions
BEGIN SELECT RAISE(ABORT, 'the reduction log is append-only'); END;
