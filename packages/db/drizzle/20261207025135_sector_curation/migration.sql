CREATE TYPE "audit_action" AS ENUM('TRUST_VERIFIED', 'TRUST_DOCUMENT_PUBLISHED', 'TRUST_DOCUMENT_UNPUBLISHED', 'CLAIM_REQUESTED', 'CLAIM_DECIDED', 'ROLE_GRANTED', 'INVITATION_SENT', 'INVITATION_ACCEPTED', 'COLLECTION_SAVED');--> statement-breakpoint
CREATE TYPE "audit_subject" AS ENUM('TRUST', 'SCHOOL', 'TRUST_DOCUMENT_VERSION', 'CLAIM', 'ROLE_GRANT', 'INVITATION', 'COLLECTION');--> statement-breakpoint
CREATE TYPE "claim_state" AS ENUM('PENDING', 'APPROVED', 'DECLINED');--> statement-breakpoint
CREATE TABLE "audit_events" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
	"at" timestamp with time zone DEFAULT now() NOT NULL,
	"actor_user_id" uuid,
	"actor_name" text,
	"action" "audit_action" NOT NULL,
	"subject_type" "audit_subject" NOT NULL,
	"subject_id" uuid NOT NULL,
	"trust_id" uuid,
	"school_id" uuid,
	"summary" text NOT NULL,
	"reason" text,
	"before" jsonb,
	"after" jsonb,
	CONSTRAINT "audit_events_summary_check" CHECK (length(btrim("summary")) > 0)
);
--> statement-breakpoint
CREATE TABLE "claims" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
	"user_id" uuid NOT NULL,
	"role" "role" NOT NULL,
	"trust_id" uuid,
	"school_id" uuid,
	"job_title" text NOT NULL,
	"evidence" text NOT NULL,
	"state" "claim_state" DEFAULT 'PENDING'::"claim_state" NOT NULL,
	"decided_by" uuid,
	"decided_by_name" text,
	"decided_at" timestamp with time zone,
	"decision_reason" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "claims_organisation_check" CHECK (("role" = 'TRUST_ADMIN' and "trust_id" is not null and "school_id" is null)
       or ("role" = 'SCHOOL_MEMBER' and "school_id" is not null and "trust_id" is null)),
	CONSTRAINT "claims_decision_check" CHECK (("state" = 'PENDING') = ("decided_at" is null)
       and ("state" <> 'DECLINED' or length(btrim(coalesce("decision_reason", ''))) > 0))
);
--> statement-breakpoint
CREATE TABLE "collection_entries" (
	"collection_id" uuid,
	"trust_id" uuid,
	"position" integer NOT NULL,
	"note" text DEFAULT '' NOT NULL,
	CONSTRAINT "collection_entries_pkey" PRIMARY KEY("collection_id","trust_id"),
	CONSTRAINT "collection_entries_position_unique" UNIQUE("collection_id","position"),
	CONSTRAINT "collection_entries_position_check" CHECK ("position" >= 0)
);
--> statement-breakpoint
CREATE TABLE "collections" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
	"slug" text NOT NULL UNIQUE,
	"title" text NOT NULL,
	"summary" text NOT NULL,
	"published" boolean DEFAULT false NOT NULL,
	"sector_body_id" uuid NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"updated_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "collections_slug_check" CHECK ("slug" ~ '^[a-z0-9]+(-[a-z0-9]+)*$')
);
--> statement-breakpoint
CREATE TABLE "invitations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
	"email" text NOT NULL,
	"role" "role" NOT NULL,
	"trust_id" uuid,
	"school_id" uuid,
	"invited_by" uuid,
	"invited_by_name" text NOT NULL,
	"token_hash" text NOT NULL UNIQUE,
	"expires_at" timestamp with time zone NOT NULL,
	"accepted_at" timestamp with time zone,
	"accepted_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "invitations_email_lowercase_check" CHECK ("email" = lower("email")),
	CONSTRAINT "invitations_organisation_check" CHECK (("role" = 'TRUST_ADMIN' and "trust_id" is not null and "school_id" is null)
       or ("role" = 'SCHOOL_MEMBER' and "school_id" is not null and "trust_id" is null))
);
--> statement-breakpoint
CREATE TABLE "trust_verifications" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
	"trust_id" uuid NOT NULL,
	"sector_body_id" uuid NOT NULL,
	"verified_by" uuid,
	"verified_by_name" text NOT NULL,
	"register_match" boolean NOT NULL,
	"contact_confirmed" boolean NOT NULL,
	"contact_name" text NOT NULL,
	"checked_on" date NOT NULL,
	"notes" text,
	"at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "trust_verifications_checks_check" CHECK ("register_match" and "contact_confirmed")
);
--> statement-breakpoint
CREATE INDEX "audit_events_at_idx" ON "audit_events" ("at" DESC NULLS LAST,"id" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "audit_events_trust_idx" ON "audit_events" ("trust_id","at" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "audit_events_actor_idx" ON "audit_events" ("actor_user_id","at" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "audit_events_action_idx" ON "audit_events" ("action","at" DESC NULLS LAST);--> statement-breakpoint
CREATE UNIQUE INDEX "claims_one_pending" ON "claims" ("user_id","role",coalesce("trust_id", "school_id")) WHERE "state" = 'PENDING';--> statement-breakpoint
CREATE INDEX "claims_pending_idx" ON "claims" ("created_at") WHERE "state" = 'PENDING';--> statement-breakpoint
CREATE INDEX "collection_entries_trust_idx" ON "collection_entries" ("trust_id");--> statement-breakpoint
CREATE INDEX "collections_published_idx" ON "collections" ("updated_at" DESC NULLS LAST) WHERE "published";--> statement-breakpoint
CREATE INDEX "invitations_trust_idx" ON "invitations" ("trust_id");--> statement-breakpoint
CREATE INDEX "invitations_school_idx" ON "invitations" ("school_id");--> statement-breakpoint
CREATE INDEX "trust_verifications_trust_idx" ON "trust_verifications" ("trust_id","at" DESC NULLS LAST);--> statement-breakpoint
ALTER TABLE "audit_events" ADD CONSTRAINT "audit_events_actor_user_id_users_id_fkey" FOREIGN KEY ("actor_user_id") REFERENCES "users"("id") ON DELETE SET NULL;--> statement-breakpoint
ALTER TABLE "claims" ADD CONSTRAINT "claims_user_id_users_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "claims" ADD CONSTRAINT "claims_trust_id_trusts_id_fkey" FOREIGN KEY ("trust_id") REFERENCES "trusts"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "claims" ADD CONSTRAINT "claims_school_id_schools_id_fkey" FOREIGN KEY ("school_id") REFERENCES "schools"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "claims" ADD CONSTRAINT "claims_decided_by_users_id_fkey" FOREIGN KEY ("decided_by") REFERENCES "users"("id") ON DELETE SET NULL;--> statement-breakpoint
ALTER TABLE "collection_entries" ADD CONSTRAINT "collection_entries_collection_id_collections_id_fkey" FOREIGN KEY ("collection_id") REFERENCES "collections"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "collection_entries" ADD CONSTRAINT "collection_entries_trust_id_trusts_id_fkey" FOREIGN KEY ("trust_id") REFERENCES "trusts"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "collections" ADD CONSTRAINT "collections_sector_body_id_sector_bodies_id_fkey" FOREIGN KEY ("sector_body_id") REFERENCES "sector_bodies"("id") ON DELETE RESTRICT;--> statement-breakpoint
ALTER TABLE "collections" ADD CONSTRAINT "collections_updated_by_users_id_fkey" FOREIGN KEY ("updated_by") REFERENCES "users"("id") ON DELETE SET NULL;--> statement-breakpoint
ALTER TABLE "invitations" ADD CONSTRAINT "invitations_trust_id_trusts_id_fkey" FOREIGN KEY ("trust_id") REFERENCES "trusts"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "invitations" ADD CONSTRAINT "invitations_school_id_schools_id_fkey" FOREIGN KEY ("school_id") REFERENCES "schools"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "invitations" ADD CONSTRAINT "invitations_invited_by_users_id_fkey" FOREIGN KEY ("invited_by") REFERENCES "users"("id") ON DELETE SET NULL;--> statement-breakpoint
ALTER TABLE "invitations" ADD CONSTRAINT "invitations_accepted_by_users_id_fkey" FOREIGN KEY ("accepted_by") REFERENCES "users"("id") ON DELETE SET NULL;--> statement-breakpoint
ALTER TABLE "trust_verifications" ADD CONSTRAINT "trust_verifications_trust_id_trusts_id_fkey" FOREIGN KEY ("trust_id") REFERENCES "trusts"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "trust_verifications" ADD CONSTRAINT "trust_verifications_sector_body_id_sector_bodies_id_fkey" FOREIGN KEY ("sector_body_id") REFERENCES "sector_bodies"("id") ON DELETE RESTRICT;--> statement-breakpoint
ALTER TABLE "trust_verifications" ADD CONSTRAINT "trust_verifications_verified_by_users_id_fkey" FOREIGN KEY ("verified_by") REFERENCES "users"("id") ON DELETE SET NULL;