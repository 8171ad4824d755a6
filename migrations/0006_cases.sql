CREATE SEQUENCE "public"."application_number_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1;--> statement-breakpoint
CREATE TABLE "application_materials" (
	"application_id" uuid NOT NULL,
	"code" text NOT NULL,
	"source" text NOT NULL,
	"file_id" uuid,
	"reference" text,
	"attached_at" timestamp with time zone NOT NULL,
	CONSTRAINT "application_materials_application_id_code_pk" PRIMARY KEY("application_id","code")
);
--> statement-breakpoint
CREATE TABLE "applications" (
	"id" uuid PRIMARY KEY NOT NULL,
	"number" text,
	"item_code" text NOT NULL,
	"item_version_id" uuid NOT NULL,
	"bundle_application_id" uuid,
	"applicant_person_id" uuid NOT NULL,
	"applicant_enterprise_id" uuid,
	"applicant_name" text NOT NULL,
	"filed_by_account_id" uuid NOT NULL,
	"channel" text NOT NULL,
	"delegation_id" uuid,
	"region_code" text NOT NULL,
	"department_code" text NOT NULL,
	"department_id" uuid NOT NULL,
	"status" text NOT NULL,
	"form_data" jsonb NOT NULL,
	"idempotency_key" text,
	"time_limit_days" integer NOT NULL,
	"submitted_at" timestamp with time zone,
	"accepted_at" timestamp with time zone,
	"due_on" date,
	"paused_working_days" integer DEFAULT 0 NOT NULL,
	"paused_since" timestamp with time zone,
	"current_stage" integer DEFAULT 0 NOT NULL,
	"decided_at" timestamp with time zone,
	"decision_reason" text,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "bundle_applications" (
	"id" uuid PRIMARY KEY NOT NULL,
	"number" text NOT NULL,
	"bundle_code" text NOT NULL,
	"bundle_version_id" uuid NOT NULL,
	"applicant_person_id" uuid NOT NULL,
	"filed_by_account_id" uuid NOT NULL,
	"idempotency_key" text,
	"shared_data" jsonb NOT NULL,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "review_tasks" (
	"id" uuid PRIMARY KEY NOT NULL,
	"application_id" uuid NOT NULL,
	"stage" integer NOT NULL,
	"department_id" uuid NOT NULL,
	"department_code" text NOT NULL,
	"region_code" text NOT NULL,
	"name_zh" text NOT NULL,
	"name_en" text NOT NULL,
	"time_limit_days" integer NOT NULL,
	"status" text NOT NULL,
	"assignee_account_id" uuid,
	"opened_at" timestamp with time zone,
	"due_on" date,
	"paused_working_days" integer DEFAULT 0 NOT NULL,
	"decided_at" timestamp with time zone,
	"decided_by" uuid,
	"reason" text
);
--> statement-breakpoint
CREATE TABLE "supplement_requests" (
	"id" uuid PRIMARY KEY NOT NULL,
	"application_id" uuid NOT NULL,
	"task_id" uuid,
	"requested_by" uuid NOT NULL,
	"requested_at" timestamp with time zone NOT NULL,
	"items" jsonb NOT NULL,
	"answered_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "timeline_entries" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"application_id" uuid NOT NULL,
	"at" timestamp with time zone NOT NULL,
	"actor" text NOT NULL,
	"kind" text NOT NULL,
	"message_zh" text NOT NULL,
	"message_en" text NOT NULL,
	"details" jsonb NOT NULL,
	"public" boolean NOT NULL
);
--> statement-breakpoint
ALTER TABLE "application_materials" ADD CONSTRAINT "application_materials_application_id_applications_id_fk" FOREIGN KEY ("application_id") REFERENCES "public"."applications"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "review_tasks" ADD CONSTRAINT "review_tasks_application_id_applications_id_fk" FOREIGN KEY ("application_id") REFERENCES "public"."applications"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "supplement_requests" ADD CONSTRAINT "supplement_requests_application_id_applications_id_fk" FOREIGN KEY ("application_id") REFERENCES "public"."applications"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "timeline_entries" ADD CONSTRAINT "timeline_entries_application_id_applications_id_fk" FOREIGN KEY ("application_id") REFERENCES "public"."applications"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "applications_number_uq" ON "applications" USING btree ("number");--> statement-breakpoint
CREATE UNIQUE INDEX "applications_idempotency_uq" ON "applications" USING btree ("filed_by_account_id","idempotency_key");--> statement-breakpoint
CREATE INDEX "applications_applicant_idx" ON "applications" USING btree ("applicant_person_id","created_at");--> statement-breakpoint
CREATE INDEX "applications_bundle_idx" ON "applications" USING btree ("bundle_application_id");--> statement-breakpoint
CREATE INDEX "applications_department_idx" ON "applications" USING btree ("department_id","status");--> statement-breakpoint
CREATE UNIQUE INDEX "bundle_applications_idempotency_uq" ON "bundle_applications" USING btree ("filed_by_account_id","idempotency_key");--> statement-breakpoint
CREATE UNIQUE INDEX "bundle_applications_number_uq" ON "bundle_applications" USING btree ("number");--> statement-breakpoint
CREATE INDEX "review_tasks_queue_idx" ON "review_tasks" USING btree ("department_id","status","due_on");--> statement-breakpoint
CREATE INDEX "review_tasks_application_idx" ON "review_tasks" USING btree ("application_id","stage");--> statement-breakpoint
CREATE INDEX "supplement_requests_application_idx" ON "supplement_requests" USING btree ("application_id");--> statement-breakpoint
CREATE INDEX "timeline_application_idx" ON "timeline_entries" USING btree ("application_id","id");