CREATE TYPE "inspection_outcome" AS ENUM('OUTSTANDING', 'GOOD', 'REQUIRES_IMPROVEMENT', 'INADEQUATE', 'SERIOUS_WEAKNESSES', 'SPECIAL_MEASURES');--> statement-breakpoint
ALTER TABLE "schools" ADD COLUMN "inspection_outcome" "inspection_outcome";--> statement-breakpoint
ALTER TABLE "schools" ADD COLUMN "inspected_on" date;--> statement-breakpoint
ALTER TABLE "schools" ADD COLUMN "closed_on" date;