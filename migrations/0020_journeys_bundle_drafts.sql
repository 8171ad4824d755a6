CREATE TABLE "bundle_drafts" (
	"id" uuid PRIMARY KEY NOT NULL,
	"bundle_code" text NOT NULL,
	"applicant_person_id" uuid NOT NULL,
	"filed_by_account_id" uuid NOT NULL,
	"answers" text NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX "bundle_drafts_one_per_event_uq" ON "bundle_drafts" USING btree ("applicant_person_id","filed_by_account_id","bundle_code");--> statement-breakpoint
CREATE INDEX "bundle_drafts_applicant_idx" ON "bundle_drafts" USING btree ("applicant_person_id","updated_at");