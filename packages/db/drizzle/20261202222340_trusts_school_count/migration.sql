ALTER TABLE "trusts" ADD COLUMN "school_count" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "trusts" ADD CONSTRAINT "trusts_school_count_check" CHECK ("school_count" >= 0);--> statement-breakpoint
-- How many schools each trust runs today, kept here by the database: whatever writes
-- memberships (the seed, the register import, later the conversion workflow), the count follows
-- in the same statement's transaction. Statement-level triggers with transition tables, so a
-- batch of thousands of memberships costs one grouped update, not one update per row.
CREATE FUNCTION trusts_school_count_apply() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP IN ('UPDATE', 'DELETE') THEN
    UPDATE trusts t SET school_count = t.school_count - gone.n
    FROM (SELECT trust_id, count(*)::int AS n FROM old_memberships WHERE left_on IS NULL
          GROUP BY trust_id) gone
    WHERE t.id = gone.trust_id;
  END IF;
  IF TG_OP IN ('UPDATE', 'INSERT') THEN
    UPDATE trusts t SET school_count = t.school_count + came.n
    FROM (SELECT trust_id, count(*)::int AS n FROM new_memberships WHERE left_on IS NULL
          GROUP BY trust_id) came
    WHERE t.id = came.trust_id;
  END IF;
  RETURN NULL;
END;
$$;
--> statement-breakpoint
CREATE TRIGGER memberships_count_inserted AFTER INSERT ON memberships
  REFERENCING NEW TABLE AS new_memberships
  FOR EACH STATEMENT EXECUTE FUNCTION trusts_school_count_apply();
--> statement-breakpoint
CREATE TRIGGER memberships_count_updated AFTER UPDATE ON memberships
  REFERENCING OLD TABLE AS old_memberships NEW TABLE AS new_memberships
  FOR EACH STATEMENT EXECUTE FUNCTION trusts_school_count_apply();
--> statement-breakpoint
CREATE TRIGGER memberships_count_deleted AFTER DELETE ON memberships
  REFERENCING OLD TABLE AS old_memberships
  FOR EACH STATEMENT EXECUTE FUNCTION trusts_school_count_apply();
--> statement-breakpoint
-- TRUNCATE fires no row triggers: whoever empties memberships empties (or recounts) trusts.
UPDATE trusts t SET school_count = c.n
FROM (SELECT trust_id, count(*)::int AS n FROM memberships WHERE left_on IS NULL
      GROUP BY trust_id) c
WHERE t.id = c.trust_id;
