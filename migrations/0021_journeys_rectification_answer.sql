ALTER TABLE "rectifications" ADD COLUMN "rater_satisfied" boolean;--> statement-breakpoint
ALTER TABLE "rectifications" ADD COLUMN "rater_comment" text;--> statement-breakpoint
ALTER TABLE "rectifications" ADD COLUMN "rater_answered_at" timestamp with time zone;