CREATE TABLE "rate_limit_counters" (
	"key" text PRIMARY KEY NOT NULL,
	"hits" integer NOT NULL,
	"window_ends_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE INDEX "rate_limit_counters_window_idx" ON "rate_limit_counters" USING btree ("window_ends_at");--> statement-breakpoint
CREATE INDEX "applications_submitted_idx" ON "applications" USING btree ("submitted_at","region_code","department_id","status","decided_at","due_on");--> statement-breakpoint
CREATE INDEX "applications_running_idx" ON "applications" USING btree ("region_code","department_id","due_on") WHERE status IN ('submitted', 'in_review', 'supplement_requested');