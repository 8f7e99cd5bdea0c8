ALTER TABLE "trusts" ADD COLUMN "school_count" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "trusts" ADD COLUMN "school_facets" text[] DEFAULT '{}'::text[] NOT NULL;--> statement-breakpoint
CREATE INDEX "trusts_school_facets_idx" ON "trusts" USING gin ("school_facets");--> statement-breakpoint
ALTER TABLE "trusts" ADD CONSTRAINT "trusts_school_count_check" CHECK ("school_count" >= 0);--> statement-breakpoint
-- What search asks of a trust's schools today, kept on the trust by the database: how many it
-- runs, and a key for each school and each combination of its region (r), phase (p) and
-- religious character (c), e.g. 'rp:NORTH_WEST/PRIMARY', so "a primary school in the North West"
-- is one indexed `&&` instead of a walk through every trust's schools. Whatever writes
-- memberships or schools (the seed, the register import, later the conversion workflow), the
-- facts follow in the same transaction. Statement-level triggers with transition tables: a
-- batch of thousands of rows recomputes each affected trust once.
CREATE FUNCTION trusts_refresh_search_facts(trust_ids uuid[]) RETURNS void
LANGUAGE sql AS $$
  UPDATE trusts t SET
    school_count = coalesce(f.n, 0),
    school_facets = coalesce(f.keys, '{}')
  FROM (SELECT id FROM unnest(trust_ids) AS id) wanted
  LEFT JOIN LATERAL (
    SELECT count(DISTINCT s.id)::int AS n, array_agg(DISTINCT k.key ORDER BY k.key) AS keys
    FROM memberships m
    JOIN schools s ON s.id = m.school_id
    CROSS JOIN LATERAL (VALUES
      ('r:' || s.region),
      ('p:' || s.phase),
      ('c:' || s.religious_character),
      ('rp:' || s.region || '/' || s.phase),
      ('rc:' || s.region || '/' || s.religious_character),
      ('pc:' || s.phase || '/' || s.religious_character),
      ('rpc:' || s.region || '/' || s.phase || '/' || s.religious_character)
    ) AS k(key)
    WHERE m.trust_id = wanted.id AND m.left_on IS NULL
  ) f ON true
  WHERE t.id = wanted.id
    AND (t.school_count, t.school_facets) IS DISTINCT FROM (coalesce(f.n, 0), coalesce(f.keys, '{}'));
$$;
--> statement-breakpoint
CREATE FUNCTION memberships_refresh_search_facts() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    PERFORM trusts_refresh_search_facts(ARRAY(SELECT DISTINCT trust_id FROM new_memberships));
  ELSIF TG_OP = 'DELETE' THEN
    PERFORM trusts_refresh_search_facts(ARRAY(SELECT DISTINCT trust_id FROM old_memberships));
  ELSE
    PERFORM trusts_refresh_search_facts(ARRAY(
      SELECT trust_id FROM old_memberships UNION SELECT trust_id FROM new_memberships));
  END IF;
  RETURN NULL;
END;
$$;
--> statement-breakpoint
CREATE TRIGGER memberships_search_facts_inserted AFTER INSERT ON memberships
  REFERENCING NEW TABLE AS new_memberships
  FOR EACH STATEMENT EXECUTE FUNCTION memberships_refresh_search_facts();
--> statement-breakpoint
CREATE TRIGGER memberships_search_facts_updated AFTER UPDATE ON memberships
  REFERENCING OLD TABLE AS old_memberships NEW TABLE AS new_memberships
  FOR EACH STATEMENT EXECUTE FUNCTION memberships_refresh_search_facts();
--> statement-breakpoint
CREATE TRIGGER memberships_search_facts_deleted AFTER DELETE ON memberships
  REFERENCING OLD TABLE AS old_memberships
  FOR EACH STATEMENT EXECUTE FUNCTION memberships_refresh_search_facts();
--> statement-breakpoint
-- A school's region, phase or religious character changing (a new month of the register)
-- changes what its trust offers.
CREATE FUNCTION schools_refresh_search_facts() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  PERFORM trusts_refresh_search_facts(ARRAY(
    SELECT DISTINCT m.trust_id
    FROM new_schools n
    JOIN old_schools o ON o.id = n.id
    JOIN memberships m ON m.school_id = n.id AND m.left_on IS NULL
    WHERE (n.region, n.phase, n.religious_character)
      IS DISTINCT FROM (o.region, o.phase, o.religious_character)));
  RETURN NULL;
END;
$$;
--> statement-breakpoint
CREATE TRIGGER schools_search_facts_updated AFTER UPDATE ON schools
  REFERENCING OLD TABLE AS old_schools NEW TABLE AS new_schools
  FOR EACH STATEMENT EXECUTE FUNCTION schools_refresh_search_facts();
--> statement-breakpoint
-- TRUNCATE fires none of these: whoever empties memberships empties trusts too (the seed does).
SELECT trusts_refresh_search_facts(ARRAY(SELECT id FROM trusts));
