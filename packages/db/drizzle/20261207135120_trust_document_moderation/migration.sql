CREATE TYPE "moderation_state" AS ENUM('PENDING', 'APPROVED', 'CHANGES_REQUESTED', 'UNPUBLISHED');--> statement-breakpoint
ALTER TYPE "audit_action" ADD VALUE 'TRUST_DOCUMENT_MODERATED';--> statement-breakpoint
ALTER TYPE "audit_action" ADD VALUE 'MODERATION_SETTINGS_CHANGED';--> statement-breakpoint
ALTER TYPE "audit_subject" ADD VALUE 'SETTINGS';--> statement-breakpoint
CREATE TABLE "moderation_settings" (
	"id" boolean PRIMARY KEY DEFAULT true,
	"approval_required" boolean DEFAULT false NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_by" uuid,
	CONSTRAINT "moderation_settings_single_row_check" CHECK ("id")
);
--> statement-breakpoint
ALTER TABLE "trust_document_versions" ADD COLUMN "held" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "trust_document_versions" ADD COLUMN "moderation_state" "moderation_state" DEFAULT 'PENDING'::"moderation_state" NOT NULL;--> statement-breakpoint
ALTER TABLE "trust_document_versions" ADD COLUMN "moderated_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "trust_document_versions" ADD COLUMN "moderated_by" uuid;--> statement-breakpoint
ALTER TABLE "trust_document_versions" ADD COLUMN "moderation_comment" text;--> statement-breakpoint
-- Versions published before moderation existed were live without a check: they count as
-- approved on the day they were published, so the queue starts with what is new.
UPDATE "trust_document_versions" SET "moderation_state" = 'APPROVED', "moderated_at" = "published_at";--> statement-breakpoint
DROP INDEX "trust_document_versions_live_idx";--> statement-breakpoint
CREATE INDEX "trust_document_versions_live_idx" ON "trust_document_versions" ("trust_id","kind","number" DESC NULLS LAST) WHERE "unpublished_at" is null and not "held";--> statement-breakpoint
CREATE INDEX "trust_document_versions_pending_idx" ON "trust_document_versions" ("published_at","id") WHERE "moderation_state" = 'PENDING' and "unpublished_at" is null;--> statement-breakpoint
ALTER TABLE "moderation_settings" ADD CONSTRAINT "moderation_settings_updated_by_users_id_fkey" FOREIGN KEY ("updated_by") REFERENCES "users"("id") ON DELETE SET NULL;--> statement-breakpoint
ALTER TABLE "trust_document_versions" ADD CONSTRAINT "trust_document_versions_moderated_by_users_id_fkey" FOREIGN KEY ("moderated_by") REFERENCES "users"("id") ON DELETE SET NULL;--> statement-breakpoint
ALTER TABLE "trust_document_versions" ADD CONSTRAINT "trust_document_versions_moderated_check" CHECK (("moderation_state" = 'PENDING') = ("moderated_at" is null));--> statement-breakpoint
ALTER TABLE "trust_document_versions" ADD CONSTRAINT "trust_document_versions_moderation_comment_check" CHECK ("moderation_state" not in ('CHANGES_REQUESTED', 'UNPUBLISHED') or length(btrim(coalesce("moderation_comment", ''))) > 0);--> statement-breakpoint
ALTER TABLE "trust_document_versions" ADD CONSTRAINT "trust_document_versions_held_check" CHECK (not ("held" and "moderation_state" = 'APPROVED'));