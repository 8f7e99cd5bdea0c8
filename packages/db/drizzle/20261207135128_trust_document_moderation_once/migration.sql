-- A version is moderated once: from PENDING to a decision, which then stays on record with who
-- made it and the comment. A held version is released only by approving it. Everything else
-- about a published version stays as the earlier trigger keeps it.
CREATE OR REPLACE FUNCTION trust_document_versions_immutable() RETURNS trigger
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
  IF OLD.moderation_state <> 'PENDING' AND (
    NEW.moderation_state IS DISTINCT FROM OLD.moderation_state
    OR NEW.moderated_at IS DISTINCT FROM OLD.moderated_at
    OR NEW.moderation_comment IS DISTINCT FROM OLD.moderation_comment
    OR (NEW.moderated_by IS DISTINCT FROM OLD.moderated_by AND NEW.moderated_by IS NOT NULL)
  ) THEN
    RAISE EXCEPTION 'a moderation decision on a trust document stays on record'
      USING ERRCODE = 'integrity_constraint_violation',
            CONSTRAINT = 'trust_document_versions_immutable';
  END IF;
  IF NEW.held AND NOT OLD.held THEN
    RAISE EXCEPTION 'a published version cannot be held back after publication'
      USING ERRCODE = 'integrity_constraint_violation',
            CONSTRAINT = 'trust_document_versions_immutable';
  END IF;
  IF OLD.held AND NOT NEW.held AND NEW.moderation_state <> 'APPROVED' THEN
    RAISE EXCEPTION 'a held version is released only by approving it'
      USING ERRCODE = 'integrity_constraint_violation',
            CONSTRAINT = 'trust_document_versions_immutable';
  END IF;
  RETURN NEW;
END;
$$;
