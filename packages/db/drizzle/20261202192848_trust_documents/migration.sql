CREATE TYPE "trust_document_kind" AS ENUM('PROFILE', 'SCHEME_OF_DELEGATION');--> statement-breakpoint
CREATE TABLE "trust_document_drafts" (
	"trust_id" uuid,
	"kind" "trust_document_kind",
	"content" jsonb NOT NULL,
	"version" integer NOT NULL,
	"saved_at" timestamp with time zone DEFAULT now() NOT NULL,
	"saved_by" uuid,
	CONSTRAINT "trust_document_drafts_pkey" PRIMARY KEY("trust_id","kind"),
	CONSTRAINT "trust_document_drafts_version_check" CHECK ("version" > 0)
);
--> statement-breakpoint
CREATE TABLE "trust_document_versions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
	"trust_id" uuid NOT NULL,
	"kind" "trust_document_kind" NOT NULL,
	"number" integer NOT NULL,
	"content" jsonb NOT NULL,
	"draft_version" integer NOT NULL,
	"change_summary" text NOT NULL,
	"published_at" timestamp with time zone DEFAULT now() NOT NULL,
	"published_by" uuid,
	"unpublished_at" timestamp with time zone,
	"unpublished_by" uuid,
	"unpublish_reason" text,
	CONSTRAINT "trust_document_versions_number_unique" UNIQUE("trust_id","kind","number"),
	CONSTRAINT "trust_document_versions_number_check" CHECK ("number" > 0),
	CONSTRAINT "trust_document_versions_change_summary_check" CHECK (length(btrim("change_summary")) > 0),
	CONSTRAINT "trust_document_versions_unpublished_check" CHECK (("unpublished_at" is null) = ("unpublish_reason" is null) and ("unpublish_reason" is null or length(btrim("unpublish_reason")) > 0))
);
--> statement-breakpoint
CREATE INDEX "trust_document_versions_live_idx" ON "trust_document_versions" ("trust_id","kind","number" DESC NULLS LAST) WHERE "unpublished_at" is null;--> statement-breakpoint
ALTER TABLE "trust_document_drafts" ADD CONSTRAINT "trust_document_drafts_trust_id_trusts_id_fkey" FOREIGN KEY ("trust_id") REFERENCES "trusts"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "trust_document_drafts" ADD CONSTRAINT "trust_document_drafts_saved_by_users_id_fkey" FOREIGN KEY ("saved_by") REFERENCES "users"("id") ON DELETE SET NULL;--> statement-breakpoint
ALTER TABLE "trust_document_versions" ADD CONSTRAINT "trust_document_versions_trust_id_trusts_id_fkey" FOREIGN KEY ("trust_id") REFERENCES "trusts"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "trust_document_versions" ADD CONSTRAINT "trust_document_versions_published_by_users_id_fkey" FOREIGN KEY ("published_by") REFERENCES "users"("id") ON DELETE SET NULL;--> statement-breakpoint
ALTER TABLE "trust_document_versions" ADD CONSTRAINT "trust_document_versions_unpublished_by_users_id_fkey" FOREIGN KEY ("unpublished_by") REFERENCES "users"("id") ON DELETE SET NULL;