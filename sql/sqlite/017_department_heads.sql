-- Department heads (科室主任): a user role scoped to one department of one base (org_id = the base,
-- department_id = the department). They see and adjust only their department's teacher
-- assignments. SQLite cannot change a CHECK constraint in place, so users is rebuilt the way
-- SQLite documents (the migration runs with foreign keys off and checks them before committing).
CREATE TABLE users_new (
    id              INTEGER PRIMARY KEY,
    username        TEXT NOT NULL UNIQUE,
    display_name    TEXT NOT NULL,
    role            TEXT NOT NULL CHECK (role IN ('base', 'municipal', 'provincial', 'sysadmin', 'department')),
    org_id          INTEGER REFERENCES orgs(id),
    password_hash   TEXT NOT NULL,
    disabled        INTEGER NOT NULL DEFAULT 0,
    failed_attempts INTEGER NOT NULL DEFAULT 0,
    last_failed_at  TEXT,
    department_id   INTEGER REFERENCES departments(id),
    CHECK ((role = 'department') = (department_id IS NOT NULL))
);
-- ;
INSERT INTO users_new (id, username, display_name, role, org_id, password_hash, disabled, failed_attempts,
                       last_failed_at)
SELECT id, username, display_name, role, org_id, password_hash, disabled, failed_attempts, last_failed_at FROM users;
-- ;
DROP TABLE users;
-- ;
ALTER TABLE users_new RENAME TO users;
-- ;
CREATE INDEX users_org ON users(org_id);
-- ;
CREATE INDEX users_department ON users(department_id);
