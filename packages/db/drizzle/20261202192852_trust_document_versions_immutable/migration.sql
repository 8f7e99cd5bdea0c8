-- A published version is a record of what a trust said on a day: its content and publication
-- never change. The only updates allowed are unpublishing it (once, by a curator, with a reason)
-- and forgetting who acted when that person's account is deleted (ON DELETE SET NULL).
CREATE FUNCTION trust_document_versions_immutable() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF NEW.id IS DISTINCT FROM OLD.id
    OR NEW.trust_id IS DISTINCT FROM OLD.trust_id
    OR NEW.kind IS DISTINCT FROM OLD.kind
    OR NEW.number IS DISTINCT FROM OLD.number
    OR NEW.content IS DISTINCT FROM OLD.content
    OR NEW.draft_version IS DISTINCT FROM OLD.draft_version
    OR NEW.change_summary IS DISTINCT FROM OLD.change_summary
    OR NEW.published_at IS DISTINCT FROM OLD.published_at
    OR (NEW.published_by IS DISTINCT FROM OLD.published_by AND NEW.published_by IS NOT NULL)
  THEN
    RAISE EXCEPTION 'a published version of a trust document cannot be changed'
      USING ERRCODE = 'integrity_constraint_violation',
            CONSTRAINT = 'trust_document_versions_immutable';
  END IF;
  IF OLD.unpublished_at IS NOT NULL AND (
    NEW.unpublished_at IS DISTINCT FROM OLD.unpublished_at
    OR NEW.unpublish_reason IS DISTINCT FROM OLD.unpublish_reason
    OR (NEW.unpublished_by IS DISTINCT FROM OLD.unpublished_by AND NEW.unpublished_by IS NOT NULL)
  ) THEN
    RAISE EXCEPTION 'an unpublished version of a trust document stays unpublished'
      USING ERRCODE = 'integrity_constraint_violation',
            CONSTRAINT = 'trust_document_versions_immutable';
  END IF;
  RETURN NEW;
END;
$$;
--> statement-breakpoint
CREATE TRIGGER trust_document_versions_immutable
  BEFORE UPDATE ON trust_document_versions
  FOR EACH ROW EXECUTE FUNCTION trust_document_versions_immutable();
