-- Department heads (科室主任) for central mode, twin of sql/sqlite/017_department_heads.sql: a role
-- scoped to one department of one base (users.org_id = the base, users.department_id = the
-- department), and teacher entry by the base. A department head's login sees its department, that
-- department's teachers, rotations and assignments and the trainees rotating there, and may change
-- only those assignments; the server enforces it whatever client sends the SQL.
-- Statements are separated by a line holding only "-- ;".

DO $$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'gme_department') THEN
        CREATE ROLE gme_department NOLOGIN;
    END IF;
END
$$;
-- ;
ALTER TABLE users ADD COLUMN department_id BIGINT REFERENCES departments(id);
-- ;
ALTER TABLE users DROP CONSTRAINT users_role_check;
-- ;
ALTER TABLE users ADD CONSTRAINT users_role_check
    CHECK (role IN ('base', 'municipal', 'provincial', 'sysadmin', 'department'));
-- ;
ALTER TABLE users ADD CONSTRAINT users_department_check CHECK ((role = 'department') = (department_id IS NOT NULL));
-- ;
CREATE INDEX users_department ON users(department_id);
-- ;

-- ===== Who is asking ========================================================================
-- The department of a department head's login; NULL for everyone else (and when disabled).
CREATE FUNCTION gme_my_department_id() RETURNS bigint
    LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = public, pg_temp
    AS $$
    BEGIN
        RETURN (SELECT department_id FROM users
                WHERE username = session_user AND disabled = 0 AND role = 'department');
    END
    $$;
-- ;

-- ===== Privileges ===========================================================================
-- What a department head reads at all; the policies below narrow every table to its department.
GRANT SELECT ON orgs, specialties, schema_version, users, trainees, departments, teachers, teacher_malpractice,
                teacher_incidents, teacher_evaluations, rotations, teacher_assignments
    TO gme_department;
-- ;
GRANT INSERT, UPDATE, DELETE ON teacher_assignments TO gme_department;
-- ;
GRANT INSERT ON admin_log TO gme_department;
-- ;
-- Teacher entry and import by the base (TeacherEditor): new teachers, their eligibility data and
-- records, and departments named for the first time. State and version stay the review engine's.
GRANT INSERT ON departments, teachers, teacher_malpractice, teacher_incidents, teacher_evaluations TO gme_base;
-- ;
GRANT UPDATE (department_id, name, id_number, title, attending_since) ON teachers TO gme_base;
-- ;
GRANT DELETE ON teacher_malpractice, teacher_incidents, teacher_evaluations TO gme_base;
-- ;

-- ===== Row-level security ===================================================================
-- The existing policies give a department head nothing (its login sees no base through
-- gme_visible_base_ids()); these add its own department. Policies of other tables that test
-- "EXISTS (SELECT 1 FROM departments / rotations / teachers ...)" then follow automatically:
-- rotations, teacher records and assignments of its department only, and an assignment may name
-- only a teacher of its department (teacher_assignments_write checks the teacher is visible).
CREATE POLICY departments_department ON departments FOR SELECT TO gme_department
    USING (id = (SELECT gme_my_department_id()));
-- ;
CREATE POLICY teachers_department ON teachers FOR SELECT TO gme_department
    USING (department_id = (SELECT gme_my_department_id()));
-- ;
-- Trainees only while they rotate through the department (names for the grid, nothing else).
CREATE POLICY trainees_department ON trainees FOR SELECT TO gme_department
    USING (EXISTS (SELECT 1 FROM rotations r WHERE r.trainee_id = trainees.id
                   AND r.department_id = (SELECT gme_my_department_id())));
-- ;
-- Base entry: a teacher and its records are inserted and replaced only within the base's scope.
CREATE POLICY departments_insert ON departments FOR INSERT TO gme_base
    WITH CHECK (base_id IN (SELECT gme_visible_base_ids()));
-- ;
CREATE POLICY teachers_insert ON teachers FOR INSERT TO gme_base
    WITH CHECK (base_id IN (SELECT gme_visible_base_ids())
                AND EXISTS (SELECT 1 FROM departments d WHERE d.id = teachers.department_id
                            AND d.base_id = teachers.base_id));
-- ;
-- A moved teacher stays at its base, in one of the base's departments.
CREATE POLICY teachers_department_of_base ON teachers AS RESTRICTIVE FOR UPDATE TO gme_base
    USING (true)
    WITH CHECK (EXISTS (SELECT 1 FROM departments d WHERE d.id = teachers.department_id
                        AND d.base_id = teachers.base_id));
-- ;
CREATE POLICY teacher_malpractice_write ON teacher_malpractice FOR ALL TO gme_base
    USING (EXISTS (SELECT 1 FROM teachers t WHERE t.id = teacher_malpractice.teacher_id))
    WITH CHECK (EXISTS (SELECT 1 FROM teachers t WHERE t.id = teacher_malpractice.teacher_id));
-- ;
CREATE POLICY teacher_incidents_write ON teacher_incidents FOR ALL TO gme_base
    USING (EXISTS (SELECT 1 FROM teachers t WHERE t.id = teacher_incidents.teacher_id))
    WITH CHECK (EXISTS (SELECT 1 FROM teachers t WHERE t.id = teacher_incidents.teacher_id));
-- ;
CREATE POLICY teacher_evaluations_write ON teacher_evaluations FOR ALL TO gme_base
    USING (EXISTS (SELECT 1 FROM teachers t WHERE t.id = teacher_evaluations.teacher_id))
    WITH CHECK (EXISTS (SELECT 1 FROM teachers t WHERE t.id = teacher_evaluations.teacher_id));
-- ;

-- ===== User administration ==================================================================
-- Group roles are never application users (as in 001, now with gme_department).
CREATE OR REPLACE FUNCTION gme_app_user_id(p_username text) RETURNS bigint
    LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = public, pg_temp
    AS $$
    DECLARE
        uid bigint;
    BEGIN
        SELECT u.id INTO uid FROM users u JOIN pg_roles r ON r.rolname = u.username
        WHERE u.username = p_username AND NOT r.rolsuper AND NOT r.rolcreaterole
          AND r.rolname NOT IN ('gme_base', 'gme_municipal', 'gme_provincial', 'gme_sysadmin', 'gme_department');
        IF uid IS NULL THEN
            RAISE EXCEPTION 'no application user named %', p_username USING ERRCODE = 'undefined_object';
        END IF;
        RETURN uid;
    END
    $$;
-- ;
-- A department head: a login in gme_department, scoped to the named department of the base.
-- gme_add_user() keeps refusing the role 'department', which needs the department.
CREATE FUNCTION gme_add_department_user(p_username text, p_display_name text, p_base_code text,
                                        p_department text, p_password_verifier text) RETURNS bigint
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp
    AS $$
    DECLARE
        base orgs%ROWTYPE;
        dept bigint;
        uid  bigint;
    BEGIN
        IF p_username IS NULL OR p_username !~ '^[a-z][a-z0-9_-]{0,62}$' THEN
            RAISE EXCEPTION 'invalid user name "%": lower-case letters, digits, _ and -, starting with a letter',
                p_username USING ERRCODE = 'invalid_parameter_value';
        END IF;
        -- Like gme_add_user (016): only a client-computed SCRAM verifier, so no clear password reaches the server's log.
        PERFORM gme_require_scram_verifier(p_password_verifier);
        IF coalesce(btrim(p_display_name), '') = '' THEN
            RAISE EXCEPTION 'a display name is required' USING ERRCODE = 'invalid_parameter_value';
        END IF;
        SELECT * INTO base FROM orgs WHERE code = p_base_code AND kind = 'base';
        IF NOT FOUND THEN
            RAISE EXCEPTION 'no base with code "%"', p_base_code USING ERRCODE = 'invalid_parameter_value';
        END IF;
        SELECT id INTO dept FROM departments WHERE base_id = base.id AND name = btrim(p_department);
        IF dept IS NULL THEN
            RAISE EXCEPTION 'the base "%" has no department "%"', p_base_code, p_department
                USING ERRCODE = 'invalid_parameter_value';
        END IF;
        IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = p_username) THEN
            RAISE EXCEPTION 'a database role named % already exists', p_username USING ERRCODE = 'duplicate_object';
        END IF;

        EXECUTE format('CREATE ROLE %I LOGIN PASSWORD %L IN ROLE gme_department', p_username, p_password_verifier);
        INSERT INTO users (username, display_name, role, org_id, department_id, password_hash)
        VALUES (p_username, btrim(p_display_name), 'department', base.id, dept, NULL)
        RETURNING id INTO uid;
        PERFORM gme_log_admin('user_added', jsonb_build_object('username', p_username, 'role', 'department',
                                                              'org', p_base_code, 'department', btrim(p_department)));
        RETURN uid;
    END
    $$;
-- ;
REVOKE EXECUTE ON FUNCTION gme_add_department_user(text, text, text, text, text), gme_app_user_id(text) FROM PUBLIC;
-- ;
GRANT EXECUTE ON FUNCTION gme_add_department_user(text, text, text, text, text) TO gme_sysadmin;
