-- Change requests (学员信息变更 / 培训状态变更): filed by the base, decided by the supervising
-- authority; the trainee's record changes only on approval. Each request keeps the value before
-- and after, as codes and as the names shown when it was filed.
ALTER TABLE trainees ADD COLUMN training_status TEXT NOT NULL DEFAULT 'training'
    CHECK (training_status IN ('training', 'withdrawn', 'suspended', 'extended'));
-- ;
ALTER TABLE trainees ADD COLUMN status_since TEXT;
-- ;
ALTER TABLE trainees ADD COLUMN status_until TEXT;
-- ;
CREATE TABLE change_requests (
    id           INTEGER PRIMARY KEY,
    trainee_id   INTEGER NOT NULL REFERENCES trainees(id),
    base_id      INTEGER NOT NULL REFERENCES orgs(id), -- the filing base (the trainee's base when filed)
    kind         TEXT NOT NULL CHECK (kind IN ('person_type', 'unit', 'specialty', 'base', 'status')),
    old_value    TEXT,
    new_value    TEXT NOT NULL,
    old_label    TEXT,
    new_label    TEXT NOT NULL,
    reason       TEXT NOT NULL,
    starts_on    TEXT,   -- status changes: from
    ends_on      TEXT,   -- suspension or extension: until
    state        TEXT NOT NULL CHECK (state IN ('submitted', 'approved', 'rejected', 'cancelled')),
    version      INTEGER NOT NULL DEFAULT 1,
    filed_by     INTEGER REFERENCES users(id),
    submitted_at TEXT NOT NULL,
    updated_at   TEXT NOT NULL
);
-- ;
CREATE INDEX change_requests_state ON change_requests(state, base_id);
-- ;
CREATE INDEX change_requests_trainee ON change_requests(trainee_id);
-- ;
CREATE TABLE change_request_decisions (
    id                INTEGER PRIMARY KEY,
    change_request_id INTEGER NOT NULL REFERENCES change_requests(id),
    batch_action_id   INTEGER REFERENCES batch_actions(id),
    user_id           INTEGER REFERENCES users(id),
    stage             TEXT NOT NULL,
    action            TEXT NOT NULL,
    from_state        TEXT,
    to_state          TEXT NOT NULL,
    reason            TEXT,
    decided_at        TEXT NOT NULL
);
-- ;
CREATE INDEX change_request_decisions_item ON change_request_decisions(change_request_id);
-- ;
CREATE TRIGGER change_request_decisions_no_update BEFORE UPDATE ON change_request_decisions
BEGIN SELECT RAISE(ABORT, 'the decision log is append-only'); END;
-- ;
CREATE TRIGGER change_request_decisions_no_delete BEFORE DELETE ON change_request_decisions
BEGIN SELECT RAISE(ABORT, 'the decision log is append-only'); END;
