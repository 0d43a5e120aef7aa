-- The registration review rules of 001, checked once per statement instead of once per row.
-- A 10,000-row batch spent most of its server time entering the row trigger 10,000 times (role
-- lookup, pinned settings, two lookups each); the same checks as set-based queries over the
-- statement's transition tables cost one pass. The rules and their messages are unchanged.
DROP TRIGGER registrations_review_rules ON registrations;
-- ;
DROP FUNCTION gme_check_registration_update();
-- ;
CREATE FUNCTION gme_check_registration_batch() RETURNS trigger
    LANGUAGE plpgsql SET search_path = public, pg_temp
    AS $$
    DECLARE
        my_role text := gme_my_role();
        bad     record;
        now_txt text := gme_server_now();
    BEGIN
        IF my_role IS NULL THEN
            -- The owner (migrations, demo, repairs) passes; a disabled member may change nothing.
            IF EXISTS (SELECT 1 FROM new_rows) THEN
                PERFORM gme_refuse_inactive_member();
            END IF;
            RETURN NULL;
        END IF;

        -- A review changes only state, version and updated_at (ids included: a row must keep its id).
        SELECT coalesce(o.id, n.id) AS id INTO bad
        FROM old_rows o FULL JOIN new_rows n ON n.id = o.id
        WHERE o.id IS NULL OR n.id IS NULL
           OR (n.batch_id, n.trainee_id, n.base_id, n.subjects, n.is_makeup, n.submitted_at)
              IS DISTINCT FROM (o.batch_id, o.trainee_id, o.base_id, o.subjects, o.is_makeup, o.submitted_at)
        LIMIT 1;
        IF FOUND THEN
            RAISE EXCEPTION 'a review may change only state, version and updated_at of registration %', bad.id
                USING ERRCODE = 'insufficient_privilege';
        END IF;

        -- Optimistic concurrency: every change bumps the version by exactly one.
        SELECT o.id, o.version AS old_version, n.version AS new_version INTO bad
        FROM old_rows o JOIN new_rows n ON n.id = o.id
        WHERE n.version IS DISTINCT FROM o.version + 1
        LIMIT 1;
        IF FOUND THEN
            RAISE EXCEPTION 'registration % must go from version % to %, not %', bad.id, bad.old_version,
                bad.old_version + 1, bad.new_version USING ERRCODE = 'check_violation';
        END IF;

        SELECT o.id, o.state AS from_state, n.state AS to_state INTO bad
        FROM old_rows o JOIN new_rows n ON n.id = o.id
        WHERE n.state IS DISTINCT FROM o.state
          AND NOT EXISTS (SELECT 1 FROM workflow_transitions t
                          WHERE t.workflow = 'completion_exam' AND t.role = my_role
                            AND t.from_state = o.state AND t.to_state = n.state)
        LIMIT 1;
        IF FOUND THEN
            RAISE EXCEPTION 'a % user may not move registration % from % to %', my_role, bad.id,
                bad.from_state, bad.to_state USING ERRCODE = 'check_violation';
        END IF;

        SELECT n.batch_id, t.stage INTO bad
        FROM old_rows o JOIN new_rows n ON n.id = o.id
        JOIN workflow_transitions t ON t.workflow = 'completion_exam' AND t.role = my_role
                                   AND t.from_state = o.state AND t.to_state = n.state
        WHERE n.state IS DISTINCT FROM o.state
          AND NOT EXISTS (SELECT 1 FROM stage_windows w JOIN exam_batches b ON b.id = w.batch_id
                          WHERE w.batch_id = n.batch_id AND w.stage = t.stage AND b.status = 'open'
                            AND w.opens_at <= now_txt AND now_txt < w.closes_at)
        LIMIT 1;
        IF FOUND THEN
            RAISE EXCEPTION 'the % window of exam batch % is not open at %', bad.stage, bad.batch_id, now_txt
                USING ERRCODE = 'check_violation';
        END IF;
        RETURN NULL;
    END
    $$;
-- ;
CREATE TRIGGER registrations_review_rules AFTER UPDATE ON registrations
    REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION gme_check_registration_batch();
