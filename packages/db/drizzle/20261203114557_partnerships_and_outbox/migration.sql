CREATE TYPE "partnership_intent" AS ENUM('EXPLORE_JOINING', 'CONVERT_AND_JOIN', 'MERGE');--> statement-breakpoint
CREATE TYPE "partnership_outcome" AS ENUM('JOINING_TRUST', 'MERGING', 'ENDED_WITHOUT_JOINING');--> statement-breakpoint
CREATE TYPE "partnership_party" AS ENUM('SCHOOL', 'TRUST');--> statement-breakpoint
CREATE TYPE "partnership_state" AS ENUM('REQUESTED', 'IN_DISCUSSION', 'AGREED', 'ACTIVE', 'CONCLUDED', 'DECLINED', 'WITHDRAWN');--> statement-breakpoint
CREATE TABLE "outbox_messages" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
	"topic" text NOT NULL,
	"recipient_email" text NOT NULL,
	"recipient_name" text,
	"subject" text NOT NULL,
	"body" text NOT NULL,
	"payload" jsonb DEFAULT '{}' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"deliver_after" timestamp with time zone DEFAULT now() NOT NULL,
	"attempts" integer DEFAULT 0 NOT NULL,
	"last_error" text,
	"delivered_at" timestamp with time zone,
	CONSTRAINT "outbox_messages_attempts_check" CHECK ("attempts" >= 0)
);
--> statement-breakpoint
CREATE TABLE "partnership_events" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
	"partnership_id" uuid NOT NULL,
	"sequence" integer NOT NULL,
	"action" text NOT NULL,
	"actor_user_id" uuid,
	"actor_name" text,
	"actor_party" text NOT NULL,
	"from_state" "partnership_state",
	"to_state" "partnership_state" NOT NULL,
	"reason" text,
	"details" jsonb DEFAULT '{}' NOT NULL,
	"at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "partnership_events_actor_party_check" CHECK ("actor_party" in ('SCHOOL', 'TRUST', 'SYSTEM'))
);
--> statement-breakpoint
CREATE TABLE "partnerships" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
	"school_id" uuid NOT NULL,
	"trust_id" uuid NOT NULL,
	"state" "partnership_state" DEFAULT 'REQUESTED'::"partnership_state" NOT NULL,
	"intent" "partnership_intent" NOT NULL,
	"terms" jsonb NOT NULL,
	"start_date" date NOT NULL,
	"end_date" date NOT NULL,
	"confirmed_by" "partnership_party"[] DEFAULT '{}'::"partnership_party"[] NOT NULL,
	"outcome" "partnership_outcome",
	"governing_body_resolution_date" date,
	"requested_by" uuid,
	"idempotency_key" uuid NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "partnerships_dates_check" CHECK ("end_date" > "start_date"),
	CONSTRAINT "partnerships_term_check" CHECK ("end_date" <= ("start_date" + interval '24 months')::date),
	CONSTRAINT "partnerships_outcome_check" CHECK (("state" = 'CONCLUDED') = ("outcome" is not null))
);
--> statement-breakpoint
CREATE INDEX "outbox_messages_due_idx" ON "outbox_messages" ("deliver_after") WHERE "delivered_at" is null;--> statement-breakpoint
CREATE UNIQUE INDEX "partnership_events_sequence" ON "partnership_events" ("partnership_id","sequence");--> statement-breakpoint
CREATE UNIQUE INDEX "partnerships_one_open_per_pair" ON "partnerships" ("school_id","trust_id") WHERE "state" in ('REQUESTED', 'IN_DISCUSSION', 'AGREED', 'ACTIVE');--> statement-breakpoint
CREATE UNIQUE INDEX "partnerships_one_active_per_school" ON "partnerships" ("school_id") WHERE "state" = 'ACTIVE';--> statement-breakpoint
CREATE UNIQUE INDEX "partnerships_idempotency_key" ON "partnerships" ("idempotency_key");--> statement-breakpoint
CREATE INDEX "partnerships_trust_idx" ON "partnerships" ("trust_id","state");--> statement-breakpoint
ALTER TABLE "partnership_events" ADD CONSTRAINT "partnership_events_partnership_id_partnerships_id_fkey" FOREIGN KEY ("partnership_id") REFERENCES "partnerships"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "partnership_events" ADD CONSTRAINT "partnership_events_actor_user_id_users_id_fkey" FOREIGN KEY ("actor_user_id") REFERENCES "users"("id") ON DELETE SET NULL;--> statement-breakpoint
ALTER TABLE "partnerships" ADD CONSTRAINT "partnerships_school_id_schools_id_fkey" FOREIGN KEY ("school_id") REFERENCES "schools"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "partnerships" ADD CONSTRAINT "partnerships_trust_id_trusts_id_fkey" FOREIGN KEY ("trust_id") REFERENCES "trusts"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "partnerships" ADD CONSTRAINT "partnerships_requested_by_users_id_fkey" FOREIGN KEY ("requested_by") REFERENCES "users"("id") ON DELETE SET NULL;