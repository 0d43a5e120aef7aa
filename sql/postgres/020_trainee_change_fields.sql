-- A trainee's person type, sending unit, specialty, base and training status (退培/暂停/延期) change
-- only through a change request (变更申请) that the supervising authority approves; the app applies
-- an approved request in the transaction that approves it (app/core/changes/ChangeRules.cpp).
-- Row-level security lets a base's login update its own trainees (roster corrections), so without
-- this a direct UPDATE could change those fields with no request at all.
--
-- How the server knows a change is the approved one: the approval marks the request with the id of
-- the transaction that made the move (as 016 ties a decision row to the transaction that moved its
-- item), set by the server only, and a trainee's guarded columns may change, for an application
-- user, only to what a request approved in this very transaction says. The owner (migrations, demo,
-- repairs, bulk loads) is not an application user and passes.
-- Statements are separated by a line holding only "-- ;".

-- The transaction that approved the request; NULL until approved. The server's own bookkeeping:
-- the app never reads or writes it (the SQLite twin has no such column).
ALTER TABLE change_requests ADD COLUMN approved_in_xact xid8;
-- ;
-- Fires after change_requests_review_rules (016; triggers run in name order), which refuses an
-- application user's own write to this column and lets only the supervising level approve.
CREATE FUNCTION gme_mark_change_request_approval() RETURNS trigger
    LANGUAGE plpgsql SET search_path = public, pg_temp
    AS $$
    BEGIN
        IF TG_OP = 'INSERT' THEN
            IF gme_my_role() IS NOT NULL THEN
                NEW.approved_in_xact := NULL; -- a request is filed, never born approved
            END IF;
        ELSIF OLD.state = 'submitted' AND NEW.state = 'approved' THEN
            NEW.approved_in_xact := pg_current_xact_id();
        END IF;
        RETURN NEW;
    END
    $$;
-- ;
CREATE TRIGGER change_requests_zz_approval_mark BEFORE INSERT OR UPDATE ON change_requests
    FOR EACH ROW EXECUTE FUNCTION gme_mark_change_request_approval();
-- ;

-- For each kind of request, the trainee's columns it sets when approved, and to what.
CREATE FUNCTION gme_check_trainee_change_fields() RETURNS trigger
    LANGUAGE plpgsql SET search_path = public, pg_temp
    AS $$
    DECLARE
        changed text[] := ARRAY[]::text[];
        kinds   text[] := ARRAY[]::text[];
        k       text;
    BEGIN
        IF NEW.person_type IS DISTINCT FROM OLD.person_type THEN
            changed := changed || 'person_type'::text;
            kinds := kinds || 'person_type'::text;
        END IF;
        IF NEW.unit_id IS DISTINCT FROM OLD.unit_id THEN
            changed := changed || 'unit_id'::text;
            kinds := kinds || 'unit'::text;
        END IF;
        IF NEW.specialty_code IS DISTINCT FROM OLD.specialty_code THEN
            changed := changed || 'specialty_code'::text;
            kinds := kinds || 'specialty'::text;
        END IF;
        IF NEW.base_id IS DISTINCT FROM OLD.base_id THEN
            changed := changed || 'base_id'::text;
            kinds := kinds || 'base'::text;
        END IF;
        IF NEW.training_status IS DISTINCT FROM OLD.training_status THEN
            changed := changed || 'training_status'::text;
        END IF;
        IF NEW.status_since IS DISTINCT FROM OLD.status_since THEN
            changed := changed || 'status_since'::text;
        END IF;
        IF NEW.status_until IS DISTINCT FROM OLD.status_until THEN
            changed := changed || 'status_until'::text;
        END IF;
        IF (NEW.training_status, NEW.status_since, NEW.status_until)
           IS DISTINCT FROM (OLD.training_status, OLD.status_since, OLD.status_until) THEN
            kinds := kinds || 'status'::text;
        END IF;
        IF cardinality(changed) = 0 THEN
            RETURN NEW; -- phone, education and the like: roster corrections, as before
        END IF;
        IF gme_my_role() IS NULL THEN
            PERFORM gme_refuse_inactive_member();
            RETURN NEW;
        END IF;
        FOREACH k IN ARRAY kinds LOOP
            IF NOT EXISTS (
                SELECT 1 FROM change_requests c
                WHERE c.trainee_id = OLD.id AND c.kind = k AND c.state = 'approved'
                  AND c.approved_in_xact = pg_current_xact_id()
                  AND CASE k
                      WHEN 'person_type' THEN NEW.person_type = c.new_value
                      WHEN 'unit' THEN NEW.unit_id::text = c.new_value
                      WHEN 'specialty' THEN NEW.specialty_code = c.new_value
                      WHEN 'base' THEN NEW.base_id::text = c.new_value
                      ELSE NEW.training_status = c.new_value
                           AND NEW.status_since IS NOT DISTINCT FROM nullif(c.starts_on, '')
                           AND NEW.status_until IS NOT DISTINCT FROM nullif(c.ends_on, '')
                      END) THEN
                RAISE EXCEPTION 'trainee %: % change only through a change request (变更申请) approved in the same transaction',
                    OLD.id, array_to_string(changed, ', ') USING ERRCODE = 'insufficient_privilege';
            END IF;
        END LOOP;
        RETURN NEW;
    END
    $$;
-- ;
CREATE TRIGGER trainees_change_request_fields BEFORE UPDATE ON trainees
    FOR EACH ROW EXECUTE FUNCTION gme_check_trainee_change_fields();
