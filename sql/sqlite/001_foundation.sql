-- Foundation schema: org tree, users, trainees, exam batches, registrations,
-- evidence and the append-only decision log.
-- Statements are separated by a line holding only "-- ;" so triggers can contain semicolons.

CREATE TABLE orgs (
    id          INTEGER PRIMARY KEY,
    code        TEXT NOT NULL UNIQUE,
    name        TEXT NOT NULL,
    kind        TEXT NOT NULL CHECK (kind IN ('province', 'city', 'school', 'base', 'unit')),
    parent_id   INTEGER REFERENCES orgs(id),
    -- 'resident' or 'assistant_gp' for bases; NULL above them
    track       TEXT CHECK (track IS NULL OR track IN ('resident', 'assistant_gp')),
    is_national INTEGER NOT NULL DEFAULT 0
);
-- ;
CREATE INDEX orgs_parent ON orgs(parent_id);
-- ;
CREATE TABLE users (
    id              INTEGER PRIMARY KEY,
    username        TEXT NOT NULL UNIQUE,
    display_name    TEXT NOT NULL,
    role            TEXT NOT NULL CHECK (role IN ('base', 'municipal', 'provincial', 'sysadmin')),
    org_id          INTEGER REFERENCES orgs(id),
    password_hash   TEXT NOT NULL,
    disabled        INTEGER NOT NULL DEFAULT 0,
    failed_attempts INTEGER NOT NULL DEFAULT 0,
    last_failed_at  TEXT
);
-- ;
CREATE TABLE specialties (
    code  TEXT PRIMARY KEY,
    name  TEXT NOT NULL,
    track TEXT NOT NULL CHECK (track IN ('resident', 'assistant_gp'))
);
-- ;
CREATE TABLE trainees (
    id              INTEGER PRIMARY KEY,
    id_type         TEXT NOT NULL DEFAULT '01',
    id_number       TEXT NOT NULL,
    name            TEXT NOT NULL,
    gender          TEXT NOT NULL CHECK (gender IN ('M', 'F')),
    birth_date      TEXT,
    ethnicity       TEXT,
    person_type     TEXT NOT NULL,
    track           TEXT NOT NULL CHECK (track IN ('resident', 'assistant_gp')),
    base_id         INTEGER NOT NULL REFERENCES orgs(id),
    unit_id         INTEGER REFERENCES orgs(id),
    specialty_code  TEXT NOT NULL REFERENCES specialties(code),
    training_start  TEXT,
    training_end    TEXT,
    education       TEXT,
    degree          TEXT,
    school          TEXT,
    graduation_date TEXT,
    phone           TEXT,
    licence_number  TEXT,
    UNIQUE (id_type, id_number)
);
-- ;
CREATE INDEX trainees_base ON trainees(base_id);
-- ;
CREATE TABLE exam_batches (
    id     INTEGER PRIMARY KEY,
    name   TEXT NOT NULL,
    year   INTEGER NOT NULL,
    track  TEXT NOT NULL CHECK (track IN ('resident', 'assistant_gp')),
    status TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'closed')),
    UNIQUE (year, track)
);
-- ;
-- One window per batch and stage: registration, base_review, city_review, final_review.
-- Times are ISO 8601 local date-times; opens inclusive, closes exclusive.
CREATE TABLE stage_windows (
    batch_id  INTEGER NOT NULL REFERENCES exam_batches(id),
    stage     TEXT NOT NULL CHECK (stage IN ('registration', 'base_review', 'city_review', 'final_review')),
    opens_at  TEXT NOT NULL,
    closes_at TEXT NOT NULL,
    PRIMARY KEY (batch_id, stage)
);
-- ;
CREATE TABLE registrations (
    id           INTEGER PRIMARY KEY,
    batch_id     INTEGER NOT NULL REFERENCES exam_batches(id),
    trainee_id   INTEGER NOT NULL REFERENCES trainees(id),
    -- denormalised from the trainee so scope filters need no join
    base_id      INTEGER NOT NULL REFERENCES orgs(id),
    subjects     TEXT NOT NULL DEFAULT 'theory,skills',
    is_makeup    INTEGER NOT NULL DEFAULT 0,
    state        TEXT NOT NULL CHECK (state IN ('submitted', 'base_passed', 'city_passed', 'final_passed',
                                                'rejected', 'returned', 'cancelled')),
    version      INTEGER NOT NULL DEFAULT 1,
    submitted_at TEXT NOT NULL,
    updated_at   TEXT NOT NULL,
    UNIQUE (batch_id, trainee_id)
);
-- ;
CREATE INDEX registrations_state ON registrations(state, base_id);
-- ;
CREATE INDEX registrations_base ON registrations(base_id);
-- ;
-- File bytes are stored once per content hash; evidence rows point at them.
CREATE TABLE evidence_blobs (
    sha256  TEXT PRIMARY KEY,
    content BLOB NOT NULL
);
-- ;
CREATE TABLE evidence (
    id              INTEGER PRIMARY KEY,
    registration_id INTEGER NOT NULL REFERENCES registrations(id),
    kind            TEXT NOT NULL,   -- process_register, reduction_proof, licence, diploma, photo, ...
    file_name       TEXT NOT NULL,
    mime_type       TEXT NOT NULL,
    size_bytes      INTEGER NOT NULL,
    sha256          TEXT NOT NULL,
    uploaded_at     TEXT NOT NULL
);
-- ;
CREATE INDEX evidence_registration ON evidence(registration_id);
-- ;
-- One row per applied batch action; decisions point at it.
CREATE TABLE batch_actions (
    id         INTEGER PRIMARY KEY,
    user_id    INTEGER NOT NULL REFERENCES users(id),
    stage      TEXT NOT NULL,
    action     TEXT NOT NULL,
    reason     TEXT,
    row_count  INTEGER NOT NULL,
    applied_at TEXT NOT NULL
);
-- ;
CREATE TABLE decisions (
    id              INTEGER PRIMARY KEY,
    registration_id INTEGER NOT NULL REFERENCES registrations(id),
    batch_action_id INTEGER REFERENCES batch_actions(id),
    user_id         INTEGER REFERENCES users(id),
    stage           TEXT NOT NULL,
    action          TEXT NOT NULL,
    from_state      TEXT,
    to_state        TEXT NOT NULL,
    reason          TEXT,
    decided_at      TEXT NOT NULL
);
-- ;
CREATE INDEX decisions_registration ON decisions(registration_id);
-- ;
CREATE TRIGGER decisions_no_update BEFORE UPDATE ON decisions
BEGIN SELECT RAISE(ABORT, 'the decision log is append-only'); END;
-- ;
CREATE TRIGGER decisions_no_delete BEFORE DELETE ON decisions
BEGIN SELECT RAISE(ABORT, 'the decision log is append-only'); END;
-- ;
-- Administrative events that are not decisions on a registration (window extensions, ...).
CREATE TABLE admin_log (
    id        INTEGER PRIMARY KEY,
    user_id   INTEGER REFERENCES users(id),
    kind      TEXT NOT NULL,
    detail    TEXT NOT NULL,
    logged_at TEXT NOT NULL
);
-- ;
CREATE TRIGGER admin_log_no_update BEFORE UPDATE ON admin_log
BEGIN SELECT RAISE(ABORT, 'the admin log is append-only'); END;
-- ;
CREATE TRIGGER admin_log_no_delete BEFORE DELETE ON admin_log
BEGIN SELECT RAISE(ABORT, 'the admin log is append-only'); END;
-- ;
-- A reviewer's pending batch (待处理栏); it survives closing the app.
CREATE TABLE pending_items (
    user_id         INTEGER NOT NULL REFERENCES users(id),
    registration_id INTEGER NOT NULL REFERENCES registrations(id),
    version         INTEGER NOT NULL,
    added_at        TEXT NOT NULL,
    PRIMARY KEY (user_id, registration_id)
);
-- ;
CREATE TABLE reason_templates (
    id      INTEGER PRIMARY KEY,
    user_id INTEGER REFERENCES users(id),   -- NULL: shared by everyone
    action  TEXT NOT NULL CHECK (action IN ('reject', 'return')),
    text    TEXT NOT NULL
);
-- ;
INSERT INTO reason_templates (user_id, action, text) VALUES
    (NULL, 'return', '过程考核登记表扫描件不清晰，请重新上传'),
    (NULL, 'return', '报名信息有误，请核对后重新提交'),
    (NULL, 'return', '缺少培训年限减免佐证材料'),
    (NULL, 'reject', '轮转培训计划未完成'),
    (NULL, 'reject', '过程考核不合格'),
    (NULL, 'reject', '未取得执业医师资格');
