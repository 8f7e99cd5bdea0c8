CREATE TABLE "partnership_documents" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
	"partnership_id" uuid NOT NULL,
	"sha256" text NOT NULL,
	"file_name" text NOT NULL,
	"uploaded_by" uuid,
	"party" "partnership_party" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "partnership_documents_one_per_file" UNIQUE("partnership_id","sha256")
);
--> statement-breakpoint
CREATE TABLE "stored_files" (
	"sha256" text PRIMARY KEY,
	"byte_size" bigint NOT NULL,
	"media_type" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "stored_files_sha256_check" CHECK ("sha256" ~ '^[0-9a-f]{64}$'),
	CONSTRAINT "stored_files_byte_size_check" CHECK ("byte_size" >= 0)
);
--> statement-breakpoint
CREATE INDEX "partnership_documents_sha256_idx" ON "partnership_documents" ("sha256");--> statement-breakpoint
ALTER TABLE "partnership_documents" ADD CONSTRAINT "partnership_documents_partnership_id_partnerships_id_fkey" FOREIGN KEY ("partnership_id") REFERENCES "partnerships"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "partnership_documents" ADD CONSTRAINT "partnership_documents_sha256_stored_files_sha256_fkey" FOREIGN KEY ("sha256") REFERENCES "stored_files"("sha256");--> statement-breakpoint
ALTER TABLE "partnership_documents" ADD CONSTRAINT "partnership_documents_uploaded_by_users_id_fkey" FOREIGN KEY ("uploaded_by") REFERENCES "users"("id") ON DELETE SET NULL;