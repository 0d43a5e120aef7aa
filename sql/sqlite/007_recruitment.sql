-- Recruitment (招录): a round per year and track with stage windows, admission plans (quotas) per
-- base and specialty, applications with up to three specialties at one base, and their decision log.
CREATE TABLE recruitment_rounds (
    id     INTEGER PRIMARY KEY,
    name   TEXT NOT NULL,
    year   INTEGER NOT NULL,
    track  TEXT NOT NULL CHECK (track IN ('resident', 'assistant_gp')),
    status TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'closed'))
);
-- ;
-- Opens inclusive, closes exclusive, ISO 8601 local date-times.
CREATE TABLE recruitment_windows (
    round_id  INTEGER NOT NULL REFERENCES recruitment_rounds(id),
    stage     TEXT NOT NULL CHECK (stage IN ('pre_audit', 'admission', 'confirmation', 'city_confirmation',
                                             'report_in')),
    opens_at  TEXT NOT NULL,
    closes_at TEXT NOT NULL,
    PRIMARY KEY (round_id, stage)
);
-- ;
-- 招生计划: how many a base may admit in a specialty in a round.
CREATE TABLE admission_plans (
    round_id       INTEGER NOT NULL REFERENCES recruitment_rounds(id),
    base_id        INTEGER NOT NULL REFERENCES orgs(id),
    specialty_code TEXT NOT NULL REFERENCES specialties(code),
    quota          INTEGER NOT NULL CHECK (quota >= 0),
    PRIMARY KEY (round_id, base_id, specialty_code)
);
-- ;
CREATE TABLE applications (
    id                 INTEGER PRIMARY KEY,
    round_id           INTEGER NOT NULL REFERENCES recruitment_rounds(id),
    base_id            INTEGER NOT NULL REFERENCES orgs(id),
    id_type            TEXT NOT NULL DEFAULT '01',
    id_number          TEXT NOT NULL,
    name               TEXT NOT NULL,
    gender             TEXT NOT NULL CHECK (gender IN ('M', 'F')),
    person_type        TEXT NOT NULL,
    phone              TEXT,
    choice1            TEXT NOT NULL REFERENCES specialties(code),
    choice2            TEXT REFERENCES specialties(code),
    choice3            TEXT REFERENCES specialties(code),
    obey_adjustment    INTEGER NOT NULL DEFAULT 0 CHECK (obey_adjustment IN (0, 1)),
    admitted_specialty TEXT REFERENCES specialties(code),
    state              TEXT NOT NULL CHECK (state IN ('applied', 'pre_admitted', 'not_admitted', 'admitted', 'sent',
                                                      'accepted', 'declined', 'confirmed', 'refused', 'reported',
                                                      'not_reported')),
    sent_at            TEXT,   -- when the admission result was last sent; the 12-hour lock runs from here
    send_action_id     INTEGER REFERENCES batch_actions(id), -- the send group (at most 20 rows)
    accepted_at        TEXT,
    reported_at        TEXT,
    version            INTEGER NOT NULL DEFAULT 1,
    submitted_at       TEXT NOT NULL,
    updated_at         TEXT NOT NULL,
    UNIQUE (round_id, id_type, id_number),
    CHECK (choice2 IS NULL OR choice2 <> choice1),
    CHECK (choice3 IS NULL OR (choice2 IS NOT NULL AND choice3 <> choice1 AND choice3 <> choice2))
);
-- ;
CREATE INDEX applications_state ON applications(state, base_id);
-- ;
CREATE INDEX applications_plan ON applications(round_id, base_id, admitted_specialty, state);
-- ;
CREATE TABLE application_decisions (
    id              INTEGER PRIMARY KEY,
    application_id  INTEGER NOT NULL REFERENCES applications(id),
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
CREATE INDEX application_decisions_item ON application_decisions(application_id);
-- ;
CREATE TRIGGER application_decisions_no_update BEFORE UPDATE ON application_decisions
BEGIN SELECT RAISE(ABORT, 'the decision log is append-only'); END;
-- ;
CREATE TRIGGER application_decisions_no_delete BEFORE DELETE ON application_decisions
BEGIN SELECT RAISE(ABORT, 'the decision log is append-only'); END;
