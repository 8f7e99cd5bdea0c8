CREATE TYPE "establishment_status" AS ENUM('OPEN', 'CLOSED', 'OPEN_PROPOSED_TO_CLOSE', 'PROPOSED_TO_OPEN');--> statement-breakpoint
CREATE TYPE "establishment_type" AS ENUM('COMMUNITY', 'VOLUNTARY_AIDED', 'VOLUNTARY_CONTROLLED', 'FOUNDATION', 'COMMUNITY_SPECIAL', 'FOUNDATION_SPECIAL', 'PUPIL_REFERRAL_UNIT', 'LA_NURSERY', 'ACADEMY_SPONSOR_LED', 'ACADEMY_SPECIAL_SPONSOR_LED', 'ACADEMY_CONVERTER', 'FREE_SCHOOL', 'FREE_SCHOOL_SPECIAL', 'FREE_SCHOOL_AP', 'FREE_SCHOOL_16_19', 'UNIVERSITY_TECHNICAL_COLLEGE', 'STUDIO_SCHOOL', 'ACADEMY_AP_CONVERTER', 'ACADEMY_AP_SPONSOR_LED', 'ACADEMY_SPECIAL_CONVERTER', 'ACADEMY_16_19_CONVERTER', 'ACADEMY_16_19_SPONSOR_LED');--> statement-breakpoint
CREATE TYPE "group_status" AS ENUM('OPEN', 'CLOSED', 'PROPOSED_TO_OPEN', 'PROPOSED_TO_CLOSE');--> statement-breakpoint
CREATE TYPE "group_type" AS ENUM('FEDERATION', 'TRUST', 'SCHOOL_SPONSOR', 'MULTI_ACADEMY_TRUST', 'UMBRELLA_TRUST', 'SINGLE_ACADEMY_TRUST');--> statement-breakpoint
CREATE TYPE "phase" AS ENUM('NOT_APPLICABLE', 'NURSERY', 'PRIMARY', 'MIDDLE_DEEMED_PRIMARY', 'SECONDARY', 'MIDDLE_DEEMED_SECONDARY', 'SIXTEEN_PLUS', 'ALL_THROUGH');--> statement-breakpoint
CREATE TYPE "region" AS ENUM('NORTH_EAST', 'NORTH_WEST', 'YORKSHIRE_AND_THE_HUMBER', 'EAST_MIDLANDS', 'WEST_MIDLANDS', 'EAST_OF_ENGLAND', 'LONDON', 'SOUTH_EAST', 'SOUTH_WEST');--> statement-breakpoint
CREATE TYPE "religious_character" AS ENUM('DOES_NOT_APPLY', 'NONE', 'CHURCH_OF_ENGLAND', 'ROMAN_CATHOLIC', 'CATHOLIC', 'METHODIST', 'CHURCH_OF_ENGLAND_METHODIST', 'ROMAN_CATHOLIC_CHURCH_OF_ENGLAND', 'CHRISTIAN', 'JEWISH', 'MUSLIM', 'SIKH', 'HINDU', 'MULTI_FAITH');--> statement-breakpoint
CREATE TYPE "role" AS ENUM('TRUST_ADMIN', 'SCHOOL_MEMBER', 'CURATOR');--> statement-breakpoint
CREATE TABLE "role_grants" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
	"user_id" uuid NOT NULL,
	"role" "role" NOT NULL,
	"trust_id" uuid,
	"school_id" uuid,
	"sector_body_id" uuid,
	"granted_at" timestamp with time zone DEFAULT now() NOT NULL,
	"revoked_at" timestamp with time zone,
	CONSTRAINT "role_grants_unique_grant" UNIQUE NULLS NOT DISTINCT("user_id","role","trust_id","school_id","sector_body_id","revoked_at"),
	CONSTRAINT "role_grants_organisation_check" CHECK (("role" = 'TRUST_ADMIN' and "trust_id" is not null and "school_id" is null and "sector_body_id" is null)
       or ("role" = 'SCHOOL_MEMBER' and "school_id" is not null and "trust_id" is null and "sector_body_id" is null)
       or ("role" = 'CURATOR' and "sector_body_id" is not null and "trust_id" is null and "school_id" is null))
);
--> statement-breakpoint
CREATE TABLE "sessions" (
	"token_hash" text PRIMARY KEY,
	"user_id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	"user_agent" text
);
--> statement-breakpoint
CREATE TABLE "users" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
	"email" text NOT NULL UNIQUE,
	"name" text NOT NULL,
	"password_hash" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "users_email_lowercase_check" CHECK ("email" = lower("email"))
);
--> statement-breakpoint
CREATE TABLE "memberships" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
	"school_id" uuid NOT NULL,
	"trust_id" uuid NOT NULL,
	"joined_on" date NOT NULL,
	"left_on" date,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "memberships_dates_check" CHECK ("left_on" is null or "left_on" >= "joined_on")
);
--> statement-breakpoint
CREATE TABLE "schools" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
	"urn" integer NOT NULL UNIQUE,
	"ukprn" text,
	"name" text NOT NULL,
	"la_code" smallint NOT NULL,
	"la_name" text NOT NULL,
	"region" "region" NOT NULL,
	"phase" "phase" NOT NULL,
	"establishment_type" "establishment_type" NOT NULL,
	"religious_character" "religious_character" DEFAULT 'DOES_NOT_APPLY'::"religious_character" NOT NULL,
	"diocese" text,
	"pupils" integer,
	"capacity" integer,
	"postcode" text,
	"easting" integer,
	"northing" integer,
	"latitude" double precision,
	"longitude" double precision,
	"status" "establishment_status" DEFAULT 'OPEN'::"establishment_status" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "schools_urn_check" CHECK ("urn" between 100000 and 999999),
	CONSTRAINT "schools_pupils_check" CHECK ("pupils" is null or "pupils" >= 0),
	CONSTRAINT "schools_capacity_check" CHECK ("capacity" is null or "capacity" >= 0),
	CONSTRAINT "schools_latitude_check" CHECK ("latitude" is null or "latitude" between 49.8 and 55.9),
	CONSTRAINT "schools_longitude_check" CHECK ("longitude" is null or "longitude" between -6.5 and 2)
);
--> statement-breakpoint
CREATE TABLE "sector_bodies" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
	"slug" text NOT NULL UNIQUE,
	"name" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "trusts" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
	"group_uid" integer NOT NULL UNIQUE,
	"group_id" text UNIQUE,
	"companies_house_number" text,
	"ukprn" text,
	"name" text NOT NULL,
	"type" "group_type" NOT NULL,
	"status" "group_status" DEFAULT 'OPEN'::"group_status" NOT NULL,
	"opened_on" date,
	"head_office_postcode" text,
	"region" "region",
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE INDEX "role_grants_user_idx" ON "role_grants" ("user_id");--> statement-breakpoint
CREATE INDEX "sessions_user_idx" ON "sessions" ("user_id");--> statement-breakpoint
CREATE UNIQUE INDEX "memberships_one_current_per_school" ON "memberships" ("school_id") WHERE "left_on" is null;--> statement-breakpoint
CREATE INDEX "memberships_current_by_trust_idx" ON "memberships" ("trust_id","school_id") WHERE "left_on" is null;--> statement-breakpoint
CREATE INDEX "memberships_school_idx" ON "memberships" ("school_id");--> statement-breakpoint
CREATE INDEX "schools_name_idx" ON "schools" ("name","id");--> statement-breakpoint
CREATE INDEX "schools_name_trgm_idx" ON "schools" USING gin ("name" gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "schools_region_phase_idx" ON "schools" ("region","phase");--> statement-breakpoint
CREATE INDEX "schools_la_code_idx" ON "schools" ("la_code");--> statement-breakpoint
CREATE INDEX "trusts_name_idx" ON "trusts" ("name","id");--> statement-breakpoint
CREATE INDEX "trusts_name_trgm_idx" ON "trusts" USING gin ("name" gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "trusts_region_idx" ON "trusts" ("region");--> statement-breakpoint
ALTER TABLE "role_grants" ADD CONSTRAINT "role_grants_user_id_users_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "role_grants" ADD CONSTRAINT "role_grants_trust_id_trusts_id_fkey" FOREIGN KEY ("trust_id") REFERENCES "trusts"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "role_grants" ADD CONSTRAINT "role_grants_school_id_schools_id_fkey" FOREIGN KEY ("school_id") REFERENCES "schools"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "role_grants" ADD CONSTRAINT "role_grants_sector_body_id_sector_bodies_id_fkey" FOREIGN KEY ("sector_body_id") REFERENCES "sector_bodies"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "sessions" ADD CONSTRAINT "sessions_user_id_users_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "memberships" ADD CONSTRAINT "memberships_school_id_schools_id_fkey" FOREIGN KEY ("school_id") REFERENCES "schools"("id") ON DELETE RESTRICT;--> statement-breakpoint
ALTER TABLE "memberships" ADD CONSTRAINT "memberships_trust_id_trusts_id_fkey" FOREIGN KEY ("trust_id") REFERENCES "trusts"("id") ON DELETE RESTRICT;--> statement-breakpoint
CREATE VIEW "current_memberships" AS (select "id", "school_id", "trust_id", "joined_on", "left_on", "created_at", "updated_at" from "memberships" where "memberships"."left_on" is null);