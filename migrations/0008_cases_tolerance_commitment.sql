ALTER TABLE "applications" ADD COLUMN "acceptance_mode" text DEFAULT 'complete' NOT NULL;--> statement-breakpoint
ALTER TABLE "applications" ADD COLUMN "deferred_materials" text[] DEFAULT '{}' NOT NULL;--> statement-breakpoint
ALTER TABLE "applications" ADD COLUMN "tolerance_due_on" date;--> statement-breakpoint
ALTER TABLE "applications" ADD COLUMN "commitment_signed_at" timestamp with time zone;