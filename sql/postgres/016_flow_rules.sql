-- The server enforces every workflow's rules, as 001 does for registrations: recruitment (007),
-- change requests (008), training-year reductions (010) and teachers (015). For application users
-- (gme_my_role() IS NOT NULL) a state change must be a transition of the user's role in
-- workflow_transitions, inside the stage's window by the server's clock where the flow has windows,
-- with the version going up by exactly one; columns a flow never lets its users touch stay as they
-- are. The owner (migrations, demo, repairs) passes. The decision logs of these flows are already
-- append-only (gme_refuse_change() triggers of 007, 008, 010, 015).
-- Also: user administration takes a SCRAM-SHA-256 verifier made by the client, never a clear
-- password, so statement logging on the server cannot record one.
-- Statements are separated by a line holding only "-- ;".

-- ===== The transitions, as app/core defines them ============================================
-- tests/db/tst_pg_flow_rules.cpp compares these rows with the C++ tables so they cannot drift:
-- recruitment: recruitment/RecruitmentWorkflow.cpp; change_request: changes/ChangeWorkflow.cpp;
-- training_years_reduction: years/ReductionWorkflow.cpp plus the base's resubmission
-- (ReductionRequests::resubmit); teacher_review: teachers/TeacherReview.cpp.
INSERT INTO workflow_transitions (workflow, role, stage, from_state, action, to_state) VALUES
    ('recruitment', 'base',      'pre_audit',         'applied',      'pre_admit',        'pre_admitted'),
    ('recruitment', 'base',      'pre_audit',         'applied',      'not_admit',        'not_admitted'),
    ('recruitment', 'base',      'pre_audit',         'pre_admitted', 'cancel_pre_admit', 'applied'),
    ('recruitment', 'base',      'admission',         'pre_admitted', 'admit',            'admitted'),
    ('recruitment', 'base',      'admission',         'admitted',     'cancel_admission', 'pre_admitted'),
    ('recruitment', 'base',      'admission',         'admitted',     'send',             'sent'),
    ('recruitment', 'base',      'admission',         'sent',         'cancel_admission', 'pre_admitted'),
    ('recruitment', 'base',      'admission',         'sent',         'withdraw',         'admitted'),
    ('recruitment', 'base',      'confirmation',      'sent',         'accept',           'accepted'),
    ('recruitment', 'base',      'confirmation',      'sent',         'decline',          'declined'),
    ('recruitment', 'municipal', 'city_confirmation', 'accepted',     'confirm',          'confirmed'),
    ('recruitment', 'municipal', 'city_confirmation', 'accepted',     'refuse',           'refused'),
    ('recruitment', 'base',      'report_in',         'confirmed',    'report_in',        'reported'),
    ('recruitment', 'base',      'report_in',         'confirmed',    'no_show',          'not_reported'),
    ('recruitment', 'base',      'report_in',         'not_reported', 'report_in',        'reported'),
    ('change_request', 'municipal', 'decision', 'submitted', 'approve', 'approved'),
    ('change_request', 'municipal', 'decision', 'submitted', 'reject',  'rejected'),
    ('change_request', 'base',      'decision', 'submitted', 'cancel',  'cancelled'),
    ('training_years_reduction', 'base',       'base_review',  'submitted',   'pass',     'base_passed'),
    ('training_years_reduction', 'base',       'base_review',  'submitted',   'reject',   'rejected'),
    ('training_years_reduction', 'base',       'base_review',  'submitted',   'return',   'returned'),
    ('training_years_reduction', 'municipal',  'city_review',  'base_passed', 'pass',     'city_passed'),
    ('training_years_reduction', 'municipal',  'city_review',  'base_passed', 'reject',   'rejected'),
    ('training_years_reduction', 'municipal',  'city_review',  'base_passed', 'return',   'returned'),
    ('training_years_reduction', 'provincial', 'final_review', 'city_passed', 'pass',     'final_passed'),
    ('training_years_reduction', 'provincial', 'final_review', 'city_passed', 'reject',   'rejected'),
    ('training_years_reduction', 'provincial', 'final_review', 'city_passed', 'return',   'returned'),
    ('training_years_reduction', 'base',       'base_review',  'returned',    'resubmit', 'submitted'),
    ('teacher_review', 'base', 'teacher_review', 'registered',      'recommend',     'recommended'),
    ('teacher_review', 'base', 'teacher_review', 'registered',      'not_recommend', 'not_recommended'),
    ('teacher_review', 'base', 'teacher_review', 'recommended',     'not_recommend', 'not_recommended'),
    ('teacher_review', 'base', 'teacher_review', 'recommended',     'appoint',       'appointed'),
    ('teacher_review', 'base', 'teacher_review', 'appointed',       'dismiss',       'dismissed'),
    ('teacher_review', 'base', 'teacher_review', 'not_recommended', 'reconsider',    'registered'),
    ('teacher_review', 'base', 'teacher_review', 'dismissed',       'reconsider',    'registered');
-- ;

-- ===== Shared pieces of the checks ==========================================================
-- The owner passes every check; a login in an application group without an active users row
-- (disabled) may change nothing (as in 001's registration check).
CREATE FUNCTION gme_refuse_inactive_member() RETURNS void
    LANGUAGE plpgsql STABLE SET search_path = public, pg_temp
    AS $$
    BEGIN
        IF EXISTS (SELECT 1 FROM pg_auth_members m
                   JOIN pg_roles g ON g.oid = m.roleid
                   JOIN pg_roles u ON u.oid = m.member
                   WHERE u.rolname = session_user
                     AND g.rolname IN ('gme_base', 'gme_municipal', 'gme_provincial', 'gme_sysadmin')) THEN
            RAISE EXCEPTION 'user % is not an active application user (disabled?)', session_user
                USING ERRCODE = 'insufficient_privilege';
        END IF;
    END
    $$;
-- ;
-- The server's local time as the app stores times. The zone is pinned to the one the database
-- was migrated in, so a session's own SET TimeZone cannot move a window.
CREATE FUNCTION gme_server_now() RETURNS text
    LANGUAGE sql STABLE SET TimeZone FROM CURRENT
    AS $$ SELECT to_char(localtimestamp, 'YYYY-MM-DD"T"HH24:MI:SS') $$;
-- ;
-- The columns whose values differ between two versions of a row.
CREATE FUNCTION gme_changed_columns(p_old jsonb, p_new jsonb) RETURNS text[]
    LANGUAGE sql IMMUTABLE
    AS $$ SELECT coalesce(array_agg(k ORDER BY k), '{}') FROM jsonb_object_keys(p_new) k
          WHERE p_new -> k IS DISTINCT FROM p_old -> k $$;
-- ;
-- Refuses a change of columns that no move of the workflow writes, naming them. The triggers find
-- such a change with one row comparison (it runs for every row of a batch) and call this only then.
CREATE FUNCTION gme_refuse_fixed_columns(p_item text, p_id bigint, p_old jsonb, p_new jsonb) RETURNS void
    LANGUAGE plpgsql IMMUTABLE
    AS $$
    BEGIN
        RAISE EXCEPTION '% of % % are fixed once entered: an application user changes only what the workflow''s moves write',
            array_to_string(gme_changed_columns(p_old, p_new), ', '), p_item, p_id USING ERRCODE = 'insufficient_privilege';
    END
    $$;
-- ;
-- The transition that takes an item of a workflow from one state to another for a role, or an error.
CREATE FUNCTION gme_flow_step(p_workflow text, p_role text, p_item text, p_id bigint, p_from text, p_to text)
    RETURNS workflow_transitions
    LANGUAGE plpgsql STABLE
    AS $$
    DECLARE
        step workflow_transitions%ROWTYPE;
    BEGIN
        SELECT * INTO step FROM workflow_transitions t
        WHERE t.workflow = p_workflow AND t.role = p_role AND t.from_state = p_from AND t.to_state = p_to
        ORDER BY t.action LIMIT 1;
        IF NOT FOUND THEN
            RAISE EXCEPTION 'a % user may not move % % from % to %', p_role, p_item, p_id, p_from, p_to
                USING ERRCODE = 'check_violation';
        END IF;
        RETURN step;
    END
    $$;
-- ;
CREATE FUNCTION gme_require_next_version(p_item text, p_id bigint, p_old integer, p_new integer) RETURNS void
    LANGUAGE plpgsql IMMUTABLE
    AS $$
    BEGIN
        IF p_new IS DISTINCT FROM p_old + 1 THEN
            RAISE EXCEPTION '% % must go from version % to %, not %', p_item, p_id, p_old, p_old + 1, p_new
                USING ERRCODE = 'check_violation';
        END IF;
    END
    $$;
-- ;
CREATE FUNCTION gme_require_only(p_item text, p_id bigint, p_changed text[], p_allowed text[], p_when text)
    RETURNS void
    LANGUAGE plpgsql IMMUTABLE
    AS $$
    BEGIN
        IF NOT p_changed <@ p_allowed THEN
            RAISE EXCEPTION '% may change only % of % %, not %', p_when, array_to_string(p_allowed, ', '),
                p_item, p_id, array_to_string(ARRAY(SELECT unnest(p_changed) EXCEPT SELECT unnest(p_allowed)), ', ')
                USING ERRCODE = 'insufficient_privilege';
        END IF;
    END
    $$;
-- ;

-- ===== Recruitment: applications ============================================================
-- A base admits no more than its plan for a specialty (RecruitmentRules::check on admit,
-- RecruitmentService::changeSpecialty). An admitted row without a specialty yet holds its first
-- choice (the engine sets it right after the move). Two sessions taking places of the same plan
-- take turns (a lock held to the end of the transaction), and VOLATILE gives the count a fresh
-- snapshot after the lock, so the second sees the first's committed places.
CREATE FUNCTION gme_check_admission_place(p_app applications, p_specialty text, p_count_quota boolean) RETURNS void
    LANGUAGE plpgsql VOLATILE
    AS $$
    DECLARE
        places integer;
        taken  integer;
    BEGIN
        SELECT quota INTO places FROM admission_plans
        WHERE round_id = p_app.round_id AND base_id = p_app.base_id AND specialty_code = p_specialty;
        IF places IS NULL THEN
            RAISE EXCEPTION 'base % has no plan for specialty % in recruitment round %', p_app.base_id, p_specialty,
                p_app.round_id USING ERRCODE = 'check_violation';
        END IF;
        IF NOT p_count_quota THEN
            RETURN;
        END IF;
        PERFORM pg_advisory_xact_lock(hashtext(format('gme admission plan %s/%s/%s', p_app.round_id, p_app.base_id,
                                                      p_specialty)));
        SELECT count(*) INTO taken FROM applications a
        WHERE a.round_id = p_app.round_id AND a.base_id = p_app.base_id AND a.id <> p_app.id
          AND coalesce(a.admitted_specialty, a.choice1) = p_specialty
          AND a.state IN ('admitted', 'sent', 'accepted', 'confirmed', 'reported');
        IF taken >= places THEN
            RAISE EXCEPTION 'the plan for specialty % is full (% places): application % cannot be admitted',
                p_specialty, places, p_app.id USING ERRCODE = 'check_violation';
        END IF;
    END
    $$;
-- ;
-- A move: state, version and updated_at only; a transition of the role; its stage's window of the
-- round open (round open, opens_at inclusive, closes_at exclusive) at the server's time; a sent
-- result changes (cancel, withdraw) only within 12 hours of sent_at and is answered only after.
-- The engine's RecruitmentRules::afterMove then writes, in the same transaction and without a
-- version step, what the move implies (admitted specialty, send time and group, answer and
-- report-in times); only that, and only right after a move of the row in this transaction.
-- The specialty change (RecruitmentService::changeSpecialty) steps the version, before sending.
CREATE FUNCTION gme_check_application_update() RETURNS trigger
    LANGUAGE plpgsql SET search_path = public, pg_temp
    AS $$
    DECLARE
        my_role text := gme_my_role();
        changed text[];
        step    workflow_transitions%ROWTYPE;
        now_txt text;
        locks   text;
        moved_here boolean;
        probe   applications%ROWTYPE;
    BEGIN
        IF my_role IS NULL THEN
            PERFORM gme_refuse_inactive_member();
            RETURN NEW;
        END IF;
        -- What the applicant entered stays as entered: only the columns below are ever written.
        probe := NEW;
        probe.state := OLD.state;
        probe.version := OLD.version;
        probe.updated_at := OLD.updated_at;
        probe.admitted_specialty := OLD.admitted_specialty;
        probe.sent_at := OLD.sent_at;
        probe.send_action_id := OLD.send_action_id;
        probe.accepted_at := OLD.accepted_at;
        probe.reported_at := OLD.reported_at;
        IF probe IS DISTINCT FROM OLD THEN
            PERFORM gme_refuse_fixed_columns('application', OLD.id, to_jsonb(OLD), to_jsonb(probe));
        END IF;
        changed := ARRAY[]::text[];
        IF NEW.state IS DISTINCT FROM OLD.state THEN changed := changed || 'state'::text; END IF;
        IF NEW.version IS DISTINCT FROM OLD.version THEN changed := changed || 'version'::text; END IF;
        IF NEW.updated_at IS DISTINCT FROM OLD.updated_at THEN changed := changed || 'updated_at'::text; END IF;
        IF NEW.admitted_specialty IS DISTINCT FROM OLD.admitted_specialty THEN
            changed := changed || 'admitted_specialty'::text;
        END IF;
        IF NEW.sent_at IS DISTINCT FROM OLD.sent_at THEN changed := changed || 'sent_at'::text; END IF;
        IF NEW.send_action_id IS DISTINCT FROM OLD.send_action_id THEN changed := changed || 'send_action_id'::text; END IF;
        IF NEW.accepted_at IS DISTINCT FROM OLD.accepted_at THEN changed := changed || 'accepted_at'::text; END IF;
        IF NEW.reported_at IS DISTINCT FROM OLD.reported_at THEN changed := changed || 'reported_at'::text; END IF;
        IF changed = '{}' THEN
            RETURN NEW;
        END IF;
        now_txt := gme_server_now();

        IF NEW.version IS DISTINCT FROM OLD.version OR NEW.state IS DISTINCT FROM OLD.state THEN
            PERFORM gme_require_next_version('application', OLD.id, OLD.version, NEW.version);
            IF NEW.state IS NOT DISTINCT FROM OLD.state THEN
                PERFORM gme_require_only('application', OLD.id, changed,
                                         ARRAY['admitted_specialty', 'updated_at', 'version'], 'a change without a move');
                IF 'admitted_specialty' = ANY (changed) AND OLD.state NOT IN ('pre_admitted', 'admitted') THEN
                    RAISE EXCEPTION 'the admitted specialty of application % can change only before the result is sent (state %)',
                        OLD.id, OLD.state USING ERRCODE = 'check_violation';
                END IF;
                IF 'admitted_specialty' = ANY (changed) THEN
                    IF NEW.obey_adjustment <> 1
                       AND NOT coalesce(NEW.admitted_specialty IN (NEW.choice1, NEW.choice2, NEW.choice3), false) THEN
                        RAISE EXCEPTION 'application % did not choose % and does not obey adjustment', OLD.id,
                            NEW.admitted_specialty USING ERRCODE = 'check_violation';
                    END IF;
                    PERFORM gme_check_admission_place(NEW, NEW.admitted_specialty, OLD.state = 'admitted');
                END IF;
                RETURN NEW;
            END IF;

            PERFORM gme_require_only('application', OLD.id, changed, ARRAY['state', 'updated_at', 'version'], 'a move');
            step := gme_flow_step('recruitment', my_role, 'application', OLD.id, OLD.state, NEW.state);
            IF NOT EXISTS (SELECT 1 FROM recruitment_windows w JOIN recruitment_rounds rr ON rr.id = w.round_id
                           WHERE w.round_id = NEW.round_id AND w.stage = step.stage AND rr.status = 'open'
                             AND w.opens_at <= now_txt AND now_txt < w.closes_at) THEN
                RAISE EXCEPTION 'the % window of recruitment round % is not open at %', step.stage, NEW.round_id, now_txt
                    USING ERRCODE = 'check_violation';
            END IF;
            IF step.action = 'admit' THEN
                PERFORM gme_check_admission_place(NEW, coalesce(NEW.admitted_specialty, NEW.choice1), true);
            END IF;
            IF OLD.state = 'sent' AND OLD.sent_at IS NOT NULL THEN
                locks := to_char(OLD.sent_at::timestamp + interval '12 hours', 'YYYY-MM-DD"T"HH24:MI:SS');
                IF NEW.state IN ('pre_admitted', 'admitted') AND now_txt >= locks THEN
                    RAISE EXCEPTION 'application %: the result sent at % locked at %; it can no longer be changed',
                        OLD.id, OLD.sent_at, locks USING ERRCODE = 'check_violation';
                END IF;
                IF NEW.state IN ('accepted', 'declined') AND now_txt < locks THEN
                    RAISE EXCEPTION 'application %: the base may change the result until %; the trainee answers after that',
                        OLD.id, locks USING ERRCODE = 'check_violation';
                END IF;
            END IF;
            RETURN NEW;
        END IF;

        -- No version step: only what the engine writes right after moving this row, in this
        -- transaction (the row's current version was written by it), and each only once per move:
        -- a send, an answer or a report-in is stamped on a row that has none (cancel and withdraw
        -- clear the sending), so a later touch of the row cannot move the 12-hour lock.
        SELECT a.xmin = pg_current_xact_id()::xid INTO moved_here FROM applications a WHERE a.id = OLD.id;
        IF NOT coalesce(moved_here, false) THEN
            PERFORM gme_require_next_version('application', OLD.id, OLD.version, NEW.version);
        END IF;
        PERFORM gme_require_only('application', OLD.id, changed,
            CASE NEW.state
                WHEN 'admitted' THEN ARRAY['admitted_specialty', 'send_action_id', 'sent_at']
                WHEN 'pre_admitted' THEN ARRAY['send_action_id', 'sent_at']
                WHEN 'sent' THEN ARRAY['send_action_id', 'sent_at']
                WHEN 'accepted' THEN ARRAY['accepted_at']
                WHEN 'reported' THEN ARRAY['reported_at']
                WHEN 'not_reported' THEN ARRAY['reported_at']
                ELSE ARRAY[]::text[] END,
            'a move to ' || NEW.state);
        IF 'admitted_specialty' = ANY (changed)
           AND NOT (OLD.admitted_specialty IS NULL AND NEW.admitted_specialty = NEW.choice1) THEN
            RAISE EXCEPTION 'admitting application % sets the first choice when no specialty is set', OLD.id
                USING ERRCODE = 'check_violation';
        END IF;
        IF ('sent_at' = ANY (changed) OR 'send_action_id' = ANY (changed)) AND NEW.state = 'sent'
           AND (OLD.sent_at IS NOT NULL OR OLD.send_action_id IS NOT NULL) THEN
            RAISE EXCEPTION 'application % was already sent at %; its sending is not rewritten', OLD.id, OLD.sent_at
                USING ERRCODE = 'check_violation';
        END IF;
        IF ('accepted_at' = ANY (changed) AND OLD.accepted_at IS NOT NULL)
           OR ('reported_at' = ANY (changed) AND NEW.state = 'reported' AND OLD.reported_at IS NOT NULL) THEN
            RAISE EXCEPTION 'application % already has that time; it is not rewritten', OLD.id
                USING ERRCODE = 'check_violation';
        END IF;
        IF NEW.state = 'sent' THEN
            IF NEW.send_action_id IS NULL OR NOT EXISTS (
                   SELECT 1 FROM batch_actions b
                   WHERE b.id = NEW.send_action_id AND b.user_id = gme_my_user_id() AND b.action = 'send') THEN
                RAISE EXCEPTION 'application % must name the send batch it went out in', OLD.id
                    USING ERRCODE = 'check_violation';
            END IF;
            -- The 12-hour lock runs from the server's clock, whatever time the client wrote.
            NEW.sent_at := now_txt;
        ELSIF NEW.state IN ('admitted', 'pre_admitted') AND ('sent_at' = ANY (changed) OR 'send_action_id' = ANY (changed))
              AND (NEW.sent_at IS NOT NULL OR NEW.send_action_id IS NOT NULL) THEN
            RAISE EXCEPTION 'a cancelled or withdrawn result of application % is no longer sent', OLD.id
                USING ERRCODE = 'check_violation';
        ELSIF (NEW.state = 'accepted' AND NEW.accepted_at IS NULL) OR (NEW.state = 'reported' AND NEW.reported_at IS NULL)
              OR (NEW.state = 'not_reported' AND NEW.reported_at IS NOT NULL) THEN
            RAISE EXCEPTION 'application % in state % has an inconsistent time', OLD.id, NEW.state
                USING ERRCODE = 'check_violation';
        END IF;
        RETURN NEW;
    END
    $$;
-- ;
CREATE TRIGGER applications_review_rules BEFORE UPDATE ON applications
    FOR EACH ROW EXECUTE FUNCTION gme_check_application_update();
-- ;
-- New applications (entered or imported at the base) start at the beginning.
CREATE FUNCTION gme_check_application_insert() RETURNS trigger
    LANGUAGE plpgsql SET search_path = public, pg_temp
    AS $$
    BEGIN
        IF gme_my_role() IS NULL THEN
            PERFORM gme_refuse_inactive_member();
            RETURN NEW;
        END IF;
        IF NEW.state <> 'applied' OR NEW.version <> 1 OR NEW.admitted_specialty IS NOT NULL OR NEW.sent_at IS NOT NULL
           OR NEW.send_action_id IS NOT NULL OR NEW.accepted_at IS NOT NULL OR NEW.reported_at IS NOT NULL THEN
            RAISE EXCEPTION 'a new application starts as applied, version 1, with no admission, sending, answer or report-in'
                USING ERRCODE = 'check_violation';
        END IF;
        RETURN NEW;
    END
    $$;
-- ;
CREATE TRIGGER applications_insert_rules BEFORE INSERT ON applications
    FOR EACH ROW EXECUTE FUNCTION gme_check_application_insert();
-- ;

-- ===== Change requests ======================================================================
-- A request's content (trainee, kind, before and after values, reason, dates, filer) is fixed once
-- filed: a decision changes state, version and updated_at only. Taken all year: no windows.
CREATE FUNCTION gme_check_change_request_update() RETURNS trigger
    LANGUAGE plpgsql SET search_path = public, pg_temp
    AS $$
    DECLARE
        my_role text := gme_my_role();
        probe   change_requests%ROWTYPE;
    BEGIN
        IF my_role IS NULL THEN
            PERFORM gme_refuse_inactive_member();
            RETURN NEW;
        END IF;
        IF NEW IS NOT DISTINCT FROM OLD THEN
            RETURN NEW;
        END IF;
        probe := NEW;
        probe.state := OLD.state;
        probe.version := OLD.version;
        probe.updated_at := OLD.updated_at;
        IF probe IS DISTINCT FROM OLD THEN
            PERFORM gme_refuse_fixed_columns('change request', OLD.id, to_jsonb(OLD), to_jsonb(probe));
        END IF;
        PERFORM gme_require_next_version('change request', OLD.id, OLD.version, NEW.version);
        IF NEW.state IS DISTINCT FROM OLD.state THEN
            PERFORM gme_flow_step('change_request', my_role, 'change request', OLD.id, OLD.state, NEW.state);
        END IF;
        RETURN NEW;
    END
    $$;
-- ;
CREATE TRIGGER change_requests_review_rules BEFORE UPDATE ON change_requests
    FOR EACH ROW EXECUTE FUNCTION gme_check_change_request_update();
-- ;
CREATE FUNCTION gme_check_change_request_insert() RETURNS trigger
    LANGUAGE plpgsql SET search_path = public, pg_temp
    AS $$
    BEGIN
        IF gme_my_role() IS NULL THEN
            PERFORM gme_refuse_inactive_member();
            RETURN NEW;
        END IF;
        IF NEW.state <> 'submitted' OR NEW.version <> 1 OR NEW.filed_by IS DISTINCT FROM gme_my_user_id() THEN
            RAISE EXCEPTION 'a new change request starts as submitted, version 1, filed by the one filing it'
                USING ERRCODE = 'check_violation';
        END IF;
        RETURN NEW;
    END
    $$;
-- ;
CREATE TRIGGER change_requests_insert_rules BEFORE INSERT ON change_requests
    FOR EACH ROW EXECUTE FUNCTION gme_check_change_request_insert();
-- ;

-- ===== Training-year reductions =============================================================
-- The years, reason and filer are fixed once filed; a review changes state, version and
-- updated_at; the base's resubmission may bring a new proof. The province's pass stamps
-- applied_at in the same transaction (ReductionRules::afterMove), once. Reviewed all year.
CREATE FUNCTION gme_check_reduction_update() RETURNS trigger
    LANGUAGE plpgsql SET search_path = public, pg_temp
    AS $$
    DECLARE
        my_role text := gme_my_role();
        step    workflow_transitions%ROWTYPE;
        moved_here boolean;
        proof_changed boolean;
        probe   reduction_requests%ROWTYPE;
    BEGIN
        IF my_role IS NULL THEN
            PERFORM gme_refuse_inactive_member();
            RETURN NEW;
        END IF;
        IF NEW IS NOT DISTINCT FROM OLD THEN
            RETURN NEW;
        END IF;
        probe := NEW;
        probe.state := OLD.state;
        probe.version := OLD.version;
        probe.updated_at := OLD.updated_at;
        probe.proof_file_name := OLD.proof_file_name;
        probe.proof_size := OLD.proof_size;
        probe.proof_sha256 := OLD.proof_sha256;
        probe.applied_at := OLD.applied_at;
        IF probe IS DISTINCT FROM OLD THEN
            PERFORM gme_refuse_fixed_columns('reduction request', OLD.id, to_jsonb(OLD), to_jsonb(probe));
        END IF;
        proof_changed := (NEW.proof_file_name, NEW.proof_size, NEW.proof_sha256)
                         IS DISTINCT FROM (OLD.proof_file_name, OLD.proof_size, OLD.proof_sha256);

        IF NEW.applied_at IS DISTINCT FROM OLD.applied_at THEN
            SELECT r.xmin = pg_current_xact_id()::xid INTO moved_here FROM reduction_requests r WHERE r.id = OLD.id;
            IF coalesce(moved_here, false) AND NEW.state = 'final_passed' AND OLD.state = 'final_passed'
               AND NEW.version = OLD.version AND NEW.updated_at IS NOT DISTINCT FROM OLD.updated_at AND NOT proof_changed
               AND OLD.applied_at IS NULL AND NEW.applied_at IS NOT NULL THEN
                RETURN NEW;
            END IF;
            RAISE EXCEPTION 'reduction request %: applied_at is set once, by the final pass that applies it', OLD.id
                USING ERRCODE = 'check_violation';
        END IF;
        PERFORM gme_require_next_version('reduction request', OLD.id, OLD.version, NEW.version);
        IF NEW.state IS DISTINCT FROM OLD.state THEN
            step := gme_flow_step('training_years_reduction', my_role, 'reduction request', OLD.id, OLD.state, NEW.state);
        END IF;
        IF proof_changed AND step.action IS DISTINCT FROM 'resubmit' THEN
            RAISE EXCEPTION 'the proof of reduction request % changes only with its resubmission', OLD.id
                USING ERRCODE = 'insufficient_privilege';
        END IF;
        RETURN NEW;
    END
    $$;
-- ;
CREATE TRIGGER reduction_requests_review_rules BEFORE UPDATE ON reduction_requests
    FOR EACH ROW EXECUTE FUNCTION gme_check_reduction_update();
-- ;
CREATE FUNCTION gme_check_reduction_insert() RETURNS trigger
    LANGUAGE plpgsql SET search_path = public, pg_temp
    AS $$
    BEGIN
        IF gme_my_role() IS NULL THEN
            PERFORM gme_refuse_inactive_member();
            RETURN NEW;
        END IF;
        IF NEW.state <> 'submitted' OR NEW.version <> 1 OR NEW.applied_at IS NOT NULL
           OR NEW.filed_by IS DISTINCT FROM gme_my_user_id() THEN
            RAISE EXCEPTION 'a new reduction request starts as submitted, version 1, not applied, filed by the one filing it'
                USING ERRCODE = 'check_violation';
        END IF;
        RETURN NEW;
    END
    $$;
-- ;
CREATE TRIGGER reduction_requests_insert_rules BEFORE INSERT ON reduction_requests
    FOR EACH ROW EXECUTE FUNCTION gme_check_reduction_insert();
-- ;

-- ===== Teachers =============================================================================
-- The column grants of 015 already limit the base to state, version and updated_at; the moves
-- themselves must be transitions, one version at a time. Reviewed all year.
CREATE FUNCTION gme_check_teacher_update() RETURNS trigger
    LANGUAGE plpgsql SET search_path = public, pg_temp
    AS $$
    DECLARE
        my_role text := gme_my_role();
        probe   teachers%ROWTYPE;
    BEGIN
        IF my_role IS NULL THEN
            PERFORM gme_refuse_inactive_member();
            RETURN NEW;
        END IF;
        IF NEW IS NOT DISTINCT FROM OLD THEN
            RETURN NEW;
        END IF;
        probe := NEW;
        probe.state := OLD.state;
        probe.version := OLD.version;
        probe.updated_at := OLD.updated_at;
        IF probe IS DISTINCT FROM OLD THEN
            PERFORM gme_refuse_fixed_columns('teacher', OLD.id, to_jsonb(OLD), to_jsonb(probe));
        END IF;
        PERFORM gme_require_next_version('teacher', OLD.id, OLD.version, NEW.version);
        IF NEW.state IS DISTINCT FROM OLD.state THEN
            PERFORM gme_flow_step('teacher_review', my_role, 'teacher', OLD.id, OLD.state, NEW.state);
        END IF;
        RETURN NEW;
    END
    $$;
-- ;
CREATE TRIGGER teachers_review_rules BEFORE UPDATE ON teachers
    FOR EACH ROW EXECUTE FUNCTION gme_check_teacher_update();
-- ;

-- ===== Decision logs: written with their move ===============================================
-- A decision row of these flows is recorded by the transaction that wrote its item (the engine's
-- move, a filing, a resubmission, a specialty change: the item's current version was written by
-- this transaction) and names the state the item is now in, so nobody adds history that did not
-- happen. (The app runs no savepoints; a row written in one would count as another transaction's.)
CREATE FUNCTION gme_check_decision_insert() RETURNS trigger
    LANGUAGE plpgsql SET search_path = public, pg_temp
    AS $$
    DECLARE
        item_id    bigint;
        item_state text;
        written_here boolean;
    BEGIN
        IF gme_my_role() IS NULL THEN
            PERFORM gme_refuse_inactive_member();
            RETURN NEW;
        END IF;
        -- Static queries (one per flow) keep their plans cached for the session.
        CASE TG_ARGV[0]
            WHEN 'applications' THEN
                item_id := NEW.application_id;
                SELECT i.state, i.xmin = pg_current_xact_id()::xid INTO item_state, written_here
                FROM applications i WHERE i.id = item_id;
            WHEN 'change_requests' THEN
                item_id := NEW.change_request_id;
                SELECT i.state, i.xmin = pg_current_xact_id()::xid INTO item_state, written_here
                FROM change_requests i WHERE i.id = item_id;
            WHEN 'reduction_requests' THEN
                item_id := NEW.request_id;
                SELECT i.state, i.xmin = pg_current_xact_id()::xid INTO item_state, written_here
                FROM reduction_requests i WHERE i.id = item_id;
            WHEN 'teachers' THEN
                item_id := NEW.teacher_id;
                SELECT i.state, i.xmin = pg_current_xact_id()::xid INTO item_state, written_here
                FROM teachers i WHERE i.id = item_id;
        END CASE;
        IF NOT coalesce(written_here, false) OR item_state IS DISTINCT FROM NEW.to_state THEN
            RAISE EXCEPTION 'a % row is recorded only with the change of % % it describes (now %, the row says %)',
                TG_TABLE_NAME, TG_ARGV[0], item_id, item_state, NEW.to_state USING ERRCODE = 'check_violation';
        END IF;
        RETURN NEW;
    END
    $$;
-- ;
CREATE TRIGGER application_decisions_with_move BEFORE INSERT ON application_decisions
    FOR EACH ROW EXECUTE FUNCTION gme_check_decision_insert('applications');
-- ;
CREATE TRIGGER change_request_decisions_with_move BEFORE INSERT ON change_request_decisions
    FOR EACH ROW EXECUTE FUNCTION gme_check_decision_insert('change_requests');
-- ;
CREATE TRIGGER reduction_decisions_with_move BEFORE INSERT ON reduction_decisions
    FOR EACH ROW EXECUTE FUNCTION gme_check_decision_insert('reduction_requests');
-- ;
CREATE TRIGGER teacher_decisions_with_move BEFORE INSERT ON teacher_decisions
    FOR EACH ROW EXECUTE FUNCTION gme_check_decision_insert('teachers');
-- ;

-- ===== User administration: SCRAM verifiers only ============================================
-- The client (app/core/auth/ScramVerifier) turns the password into
-- SCRAM-SHA-256$<iterations>:<salt>$<StoredKey>:<ServerKey> (RFC 5802/7677), which PostgreSQL stores
-- as it is. Anything else is refused: a clear password would reach the server's statement log.
-- The pattern is strict because PostgreSQL hashes a string that does not parse as a verifier.
CREATE FUNCTION gme_require_scram_verifier(p_verifier text) RETURNS void
    LANGUAGE plpgsql IMMUTABLE
    AS $$
    BEGIN
        IF p_verifier IS NULL
           OR p_verifier !~ '^SCRAM-SHA-256\$[1-9][0-9]{3,6}:[A-Za-z0-9+/]{16,}={0,2}\$[A-Za-z0-9+/]{43}=:[A-Za-z0-9+/]{43}=$' THEN
            RAISE EXCEPTION 'the password must arrive as a SCRAM-SHA-256 verifier computed by the client, never in clear text'
                USING ERRCODE = 'invalid_parameter_value';
        END IF;
    END
    $$;
-- ;
DROP FUNCTION gme_add_user(text, text, text, text, text);
-- ;
DROP FUNCTION gme_reset_password(text, text);
-- ;
CREATE FUNCTION gme_add_user(p_username text, p_display_name text, p_role text, p_org_code text,
                             p_password_verifier text) RETURNS bigint
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp
    AS $$
    DECLARE
        org  orgs%ROWTYPE;
        uid  bigint;
    BEGIN
        IF p_username IS NULL OR p_username !~ '^[a-z][a-z0-9_-]{0,62}$' THEN
            RAISE EXCEPTION 'invalid user name "%": lower-case letters, digits, _ and -, starting with a letter',
                p_username USING ERRCODE = 'invalid_parameter_value';
        END IF;
        IF p_role IS NULL OR p_role NOT IN ('base', 'municipal', 'provincial', 'sysadmin') THEN
            RAISE EXCEPTION 'invalid role "%"', p_role USING ERRCODE = 'invalid_parameter_value';
        END IF;
        PERFORM gme_require_scram_verifier(p_password_verifier);
        IF coalesce(btrim(p_display_name), '') = '' THEN
            RAISE EXCEPTION 'a display name is required' USING ERRCODE = 'invalid_parameter_value';
        END IF;
        SELECT * INTO org FROM orgs WHERE code = p_org_code;
        -- Only a sysadmin may have no organisation (as the SQLite side allows).
        IF NOT FOUND AND NOT (p_role = 'sysadmin' AND coalesce(p_org_code, '') = '') THEN
            RAISE EXCEPTION 'no organisation with code "%"', p_org_code USING ERRCODE = 'invalid_parameter_value';
        END IF;
        -- The scope must be an organisation of the kind the role reviews at.
        IF (p_role = 'base' AND org.kind <> 'base')
           OR (p_role = 'municipal' AND org.kind NOT IN ('city', 'school')) THEN
            RAISE EXCEPTION 'a % user cannot belong to % "%"', p_role, org.kind, p_org_code
                USING ERRCODE = 'invalid_parameter_value';
        END IF;
        IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = p_username) THEN
            RAISE EXCEPTION 'a database role named % already exists', p_username USING ERRCODE = 'duplicate_object';
        END IF;

        EXECUTE format('CREATE ROLE %I LOGIN PASSWORD %L IN ROLE %I', p_username, p_password_verifier,
                       'gme_' || p_role);
        INSERT INTO users (username, display_name, role, org_id, password_hash)
        VALUES (p_username, btrim(p_display_name), p_role, org.id, NULL)
        RETURNING id INTO uid;
        PERFORM gme_log_admin('user_added',
            jsonb_build_object('username', p_username, 'role', p_role, 'org', p_org_code));
        RETURN uid;
    END
    $$;
-- ;
CREATE FUNCTION gme_reset_password(p_username text, p_password_verifier text) RETURNS void
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp
    AS $$
    DECLARE
        uid bigint := gme_app_user_id(p_username);
    BEGIN
        PERFORM gme_require_scram_verifier(p_password_verifier);
        EXECUTE format('ALTER ROLE %I PASSWORD %L', p_username, p_password_verifier);
        PERFORM gme_log_admin('password_reset', jsonb_build_object('username', p_username));
    END
    $$;
-- ;
REVOKE EXECUTE ON FUNCTION gme_add_user(text, text, text, text, text), gme_reset_password(text, text) FROM PUBLIC;
-- ;
GRANT EXECUTE ON FUNCTION gme_add_user(text, text, text, text, text), gme_reset_password(text, text) TO gme_sysadmin;
