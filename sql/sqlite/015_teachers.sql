-- Teachers (师资) of a base, their records that decide eligibility, the base's review and
-- appointment, trainees' rotation months by department and the supervising teacher per month.

-- Clinical departments (科室) of a base; teachers belong to one, trainees rotate through them.
CREATE TABLE departments (
    id      INTEGER PRIMARY KEY,
    base_id INTEGER NOT NULL REFERENCES orgs(id),
    name    TEXT NOT NULL,
    UNIQUE (base_id, name)
);
-- ;
-- title: resident / attending / associate_chief / chief (住院医师 / 主治医师 / 副主任医师 / 主任医师).
-- attending_since: the date (yyyy-MM-dd) the attending-physician title was obtained.
-- state: registered → recommended / not_recommended (base review) → appointed (聘任) → dismissed.
CREATE TABLE teachers (
    id              INTEGER PRIMARY KEY,
    base_id         INTEGER NOT NULL REFERENCES orgs(id),
    department_id   INTEGER NOT NULL REFERENCES departments(id),
    name            TEXT NOT NULL,
    id_type         TEXT NOT NULL DEFAULT '01',
    id_number       TEXT NOT NULL,
    title           TEXT NOT NULL CHECK (title IN ('resident', 'attending', 'associate_chief', 'chief')),
    attending_since TEXT,
    state           TEXT NOT NULL DEFAULT 'registered'
                    CHECK (state IN ('registered', 'recommended', 'not_recommended', 'appointed', 'dismissed')),
    version         INTEGER NOT NULL DEFAULT 1,
    updated_at      TEXT NOT NULL,
    UNIQUE (id_type, id_number)
);
-- ;
CREATE INDEX teachers_base ON teachers(base_id, department_id);
-- ;
-- Medical malpractice events (医疗损害事件); main_responsibility = 1 when the teacher bore the main
-- or full responsibility (承担主要或完全责任).
CREATE TABLE teacher_malpractice (
    id                  INTEGER PRIMARY KEY,
    teacher_id          INTEGER NOT NULL REFERENCES teachers(id),
    occurred_on         TEXT NOT NULL,
    main_responsibility INTEGER NOT NULL DEFAULT 0 CHECK (main_responsibility IN (0, 1)),
    note                TEXT
);
-- ;
CREATE INDEX teacher_malpractice_teacher ON teacher_malpractice(teacher_id);
-- ;
-- Teaching incidents (教学事故); serious = 1 for 重大或严重 ones.
CREATE TABLE teacher_incidents (
    id          INTEGER PRIMARY KEY,
    teacher_id  INTEGER NOT NULL REFERENCES teachers(id),
    occurred_on TEXT NOT NULL,
    serious     INTEGER NOT NULL DEFAULT 0 CHECK (serious IN (0, 1)),
    note        TEXT
);
-- ;
CREATE INDEX teacher_incidents_teacher ON teacher_incidents(teacher_id);
-- ;
-- The trainees' yearly evaluation of the teacher's teaching (学员对带教质量评估): passed or failed.
CREATE TABLE teacher_evaluations (
    teacher_id INTEGER NOT NULL REFERENCES teachers(id),
    year       INTEGER NOT NULL,
    passed     INTEGER NOT NULL CHECK (passed IN (0, 1)),
    PRIMARY KEY (teacher_id, year)
);
-- ;
-- The base's review and appointment decisions on teachers, written by the review engine (the
-- teacher workflow, Workflow.h); append-only like decisions.
CREATE TABLE teacher_decisions (
    id              INTEGER PRIMARY KEY,
    teacher_id      INTEGER NOT NULL REFERENCES teachers(id),
    batch_action_id INTEGER REFERENCES batch_actions(id),
    user_id         INTEGER REFERENCES users(id),
    stage           TEXT NOT NULL DEFAULT 'teacher_review',
    action          TEXT NOT NULL,
    from_state      TEXT NOT NULL,
    to_state        TEXT NOT NULL,
    reason          TEXT,
    decided_at      TEXT NOT NULL
);
-- ;
CREATE INDEX teacher_decisions_teacher ON teacher_decisions(teacher_id);
-- ;
CREATE TRIGGER teacher_decisions_no_update BEFORE UPDATE ON teacher_decisions
BEGIN SELECT RAISE(ABORT, 'the teacher decision log is append-only'); END;
-- ;
CREATE TRIGGER teacher_decisions_no_delete BEFORE DELETE ON teacher_decisions
BEGIN SELECT RAISE(ABORT, 'the teacher decision log is append-only'); END;
-- ;
-- One row per trainee and calendar month (yyyy-MM): the department the trainee rotates through.
CREATE TABLE rotations (
    id            INTEGER PRIMARY KEY,
    trainee_id    INTEGER NOT NULL REFERENCES trainees(id),
    department_id INTEGER NOT NULL REFERENCES departments(id),
    month         TEXT NOT NULL,
    UNIQUE (trainee_id, month)
);
-- ;
CREATE INDEX rotations_department_month ON rotations(department_id, month);
-- ;
-- The supervising teacher (带教老师) of one rotation month. how: 'auto' (automatic assignment) or
-- 'manual' (set or adjusted by hand for the department head).
CREATE TABLE teacher_assignments (
    rotation_id INTEGER PRIMARY KEY REFERENCES rotations(id),
    teacher_id  INTEGER NOT NULL REFERENCES teachers(id),
    how         TEXT NOT NULL CHECK (how IN ('auto', 'manual')),
    assigned_by INTEGER REFERENCES users(id),
    assigned_at TEXT NOT NULL
);
-- ;
CREATE INDEX teacher_assignments_teacher ON teacher_assignments(teacher_id);
