CREATE TYPE "church_governance_level" AS ENUM('NONE', 'MINORITY', 'MAJORITY');--> statement-breakpoint
CREATE TYPE "growth_stage" AS ENUM('STARTING', 'GROWING', 'ESTABLISHED');--> statement-breakpoint
CREATE TABLE "trust_published_facts" (
	"trust_id" uuid PRIMARY KEY,
	"profile_version_id" uuid,
	"scheme_version_id" uuid,
	"values" text[] DEFAULT '{}'::text[] NOT NULL,
	"open_to_partnerships" boolean,
	"open_to_new_schools" boolean,
	"growth_stage" "growth_stage",
	"church_governance_level" "church_governance_level",
	"dioceses" text[] DEFAULT '{}'::text[] NOT NULL,
	"contribution_min_percent" real,
	"contribution_max_percent" real,
	"gag_pooling" boolean,
	"autonomy" jsonb DEFAULT '[]' NOT NULL,
	"autonomy_index" real,
	"search_document" text DEFAULT '' NOT NULL,
	"search_vector" tsvector GENERATED ALWAYS AS (to_tsvector('english'::regconfig, "trust_published_facts"."search_document")) STORED,
	CONSTRAINT "trust_published_facts_contribution_check" CHECK ("contribution_min_percent" is null or "contribution_min_percent" <= "contribution_max_percent"),
	CONSTRAINT "trust_published_facts_autonomy_check" CHECK ("autonomy_index" is null or "autonomy_index" between 0 and 1)
);
--> statement-breakpoint
CREATE INDEX "trust_published_facts_values_idx" ON "trust_published_facts" USING gin ("values");--> statement-breakpoint
CREATE INDEX "trust_published_facts_search_idx" ON "trust_published_facts" USING gin ("search_vector");--> statement-breakpoint
ALTER TABLE "trust_published_facts" ADD CONSTRAINT "trust_published_facts_trust_id_trusts_id_fkey" FOREIGN KEY ("trust_id") REFERENCES "trusts"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "trust_published_facts" ADD CONSTRAINT "trust_published_facts_0w3AVzel37Ez_fkey" FOREIGN KEY ("profile_version_id") REFERENCES "trust_document_versions"("id") ON DELETE SET NULL;--> statement-breakpoint
ALTER TABLE "trust_published_facts" ADD CONSTRAINT "trust_published_facts_oz6yUaQ66nvx_fkey" FOREIGN KEY ("scheme_version_id") REFERENCES "trust_document_versions"("id") ON DELETE SET NULL;