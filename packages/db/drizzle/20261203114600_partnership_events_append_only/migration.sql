-- A partnership's history is its documentation: both sides rely on it, so a step once written
-- never changes. The one update allowed is forgetting who acted when that person's account is
-- deleted (ON DELETE SET NULL); their name, kept on the row, still says who it was.
CREATE FUNCTION partnership_events_append_only() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF NEW.id IS DISTINCT FROM OLD.id
    OR NEW.partnership_id IS DISTINCT FROM OLD.partnership_id
    OR NEW.sequence IS DISTINCT FROM OLD.sequence
    OR NEW.action IS DISTINCT FROM OLD.action
    OR NEW.actor_name IS DISTINCT FROM OLD.actor_name
    OR NEW.actor_party IS DISTINCT FROM OLD.actor_party
    OR NEW.from_state IS DISTINCT FROM OLD.from_state
    OR NEW.to_state IS DISTINCT FROM OLD.to_state
    OR NEW.reason IS DISTINCT FROM OLD.reason
    OR NEW.details IS DISTINCT FROM OLD.details
    OR NEW.at IS DISTINCT FROM OLD.at
    OR (NEW.actor_user_id IS DISTINCT FROM OLD.actor_user_id AND NEW.actor_user_id IS NOT NULL)
  THEN
    RAISE EXCEPTION 'a step in a partnership''s history cannot be changed'
      USING ERRCODE = 'integrity_constraint_violation',
            CONSTRAINT = 'partnership_events_append_only';
  END IF;
  RETURN NEW;
END;
$$;
--> statement-breakpoint
CREATE TRIGGER partnership_events_append_only
  BEFORE UPDATE ON partnership_events
  FOR EACH ROW EXECUTE FUNCTION partnership_events_append_only();
