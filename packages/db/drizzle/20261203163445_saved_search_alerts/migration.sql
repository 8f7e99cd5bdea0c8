CREATE TYPE "saved_search_alert_frequency" AS ENUM('IMMEDIATE', 'WEEKLY', 'OFF');--> statement-breakpoint
ALTER TABLE "saved_searches" ADD COLUMN "alerts" "saved_search_alert_frequency" DEFAULT 'IMMEDIATE'::"saved_search_alert_frequency" NOT NULL;--> statement-breakpoint
ALTER TABLE "saved_searches" ADD COLUMN "alert_known_trust_ids" uuid[] DEFAULT '{}'::uuid[] NOT NULL;--> statement-breakpoint
ALTER TABLE "saved_searches" ADD COLUMN "alert_pending_trust_ids" uuid[] DEFAULT '{}'::uuid[] NOT NULL;--> statement-breakpoint
ALTER TABLE "saved_searches" ADD COLUMN "digest_clock_from" timestamp with time zone DEFAULT now() NOT NULL;--> statement-breakpoint
ALTER TABLE "saved_searches" ADD COLUMN "unsubscribe_token" uuid DEFAULT gen_random_uuid() NOT NULL;--> statement-breakpoint
ALTER TABLE "saved_searches" ADD CONSTRAINT "saved_searches_unsubscribe_token_key" UNIQUE("unsubscribe_token");--> statement-breakpoint
-- Searches saved before alerts: what they matched when last seen is no news, and the weekly
-- rhythm runs from when each was saved.
UPDATE "saved_searches" SET "alert_known_trust_ids" = "seen_trust_ids", "digest_clock_from" = "created_at";
