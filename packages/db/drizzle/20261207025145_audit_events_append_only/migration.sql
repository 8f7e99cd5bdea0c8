-- The audit log is the record of every privileged action: nothing may change or remove an
-- entry, through the API or otherwise. The one update allowed is forgetting who acted when
-- that person's account is deleted (ON DELETE SET NULL); their name, kept on the row, still
-- says who it was.
CREATE FUNCTION audit_events_append_only() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'DELETE' THEN
    RAISE EXCEPTION 'an audit log entry cannot be deleted'
      USING ERRCODE = 'integrity_constraint_violation',
            CONSTRAINT = 'audit_events_append_only';
  END IF;
  IF NEW.id IS DISTINCT FROM OLD.id
    OR NEW.at IS DISTINCT FROM OLD.at
    OR NEW.actor_name IS DISTINCT FROM OLD.actor_name
    OR NEW.action IS DISTINCT FROM OLD.action
    OR NEW.subject_type IS DISTINCT FROM OLD.subject_type
    OR NEW.subject_id IS DISTINCT FROM OLD.subject_id
    OR NEW.trust_id IS DISTINCT FROM OLD.trust_id
    OR NEW.school_id IS DISTINCT FROM OLD.school_id
    OR NEW.summary IS DISTINCT FROM OLD.summary
    OR NEW.reason IS DISTINCT FROM OLD.reason
    OR NEW.before IS DISTINCT FROM OLD.before
    OR NEW.after IS DISTINCT FROM OLD.after
    OR (NEW.actor_user_id IS DISTINCT FROM OLD.actor_user_id AND NEW.actor_user_id IS NOT NULL)
  THEN
    RAISE EXCEPTION 'an audit log entry cannot be changed'
      USING ERRCODE = 'integrity_constraint_violation',
            CONSTRAINT = 'audit_events_append_only';
  END IF;
  RETURN NEW;
END;
$$;
--> statement-breakpoint
CREATE TRIGGER audit_events_append_only
  BEFORE UPDATE OR DELETE ON audit_events
  FOR EACH ROW EXECUTE FUNCTION audit_events_append_only();
