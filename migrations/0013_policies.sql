CREATE TABLE "enterprise_facts" (
	"enterprise_id" uuid PRIMARY KEY NOT NULL,
	"legal_representative_id" uuid,
	"region" text,
	"industry_code" text,
	"registered_on" date,
	"enterprise_size" text,
	"tax_credit_grade" text,
	"employees" integer,
	"insured_employees" integer,
	"layoff_rate" double precision,
	"high_tech" boolean,
	"annual_revenue" integer,
	"rd_expense_ratio" double precision,
	"startup_loan" boolean,
	"sources" jsonb NOT NULL,
	"updated_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "instant_decisions" (
	"application_id" uuid NOT NULL,
	"policy_id" uuid NOT NULL,
	"version" integer NOT NULL,
	"approved" boolean NOT NULL,
	"explanation" jsonb NOT NULL,
	"decided_at" timestamp with time zone NOT NULL,
	CONSTRAINT "instant_decisions_application_id_policy_id_pk" PRIMARY KEY("application_id","policy_id")
);
--> statement-breakpoint
CREATE TABLE "person_facts" (
	"person_id" uuid PRIMARY KEY NOT NULL,
	"birth_date" date,
	"sex" text,
	"household_region" text,
	"family_size" integer,
	"children_count" integer,
	"youngest_child_birth_date" date,
	"income_per_capita" integer,
	"income_band" text,
	"disability_grade" integer,
	"employment_status" text,
	"medical_insured" boolean,
	"pension_insured" boolean,
	"pension_contribution_years" integer,
	"receives_subsistence" boolean,
	"graduation_date" date,
	"sources" jsonb NOT NULL,
	"updated_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "policies" (
	"id" uuid PRIMARY KEY NOT NULL,
	"code" text NOT NULL,
	"name_zh" text NOT NULL,
	"name_en" text NOT NULL,
	"summary_zh" text NOT NULL,
	"summary_en" text NOT NULL,
	"subject" text NOT NULL,
	"department_code" text NOT NULL,
	"item_code" text,
	"instant_approval" boolean NOT NULL,
	"auto_grant" boolean NOT NULL,
	"opt_out_days" integer NOT NULL,
	"rule" jsonb NOT NULL,
	"tests" jsonb NOT NULL,
	"status" text NOT NULL,
	"draft_version" integer NOT NULL,
	"published_version" integer,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "policy_matches" (
	"id" uuid PRIMARY KEY NOT NULL,
	"policy_id" uuid NOT NULL,
	"version" integer NOT NULL,
	"subject_kind" text NOT NULL,
	"subject_id" uuid NOT NULL,
	"status" text NOT NULL,
	"matched_at" timestamp with time zone NOT NULL,
	"notified_at" timestamp with time zone,
	"grant_due_at" timestamp with time zone,
	"grant_application_id" uuid,
	"opted_out_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "policy_triggers" (
	"id" uuid PRIMARY KEY NOT NULL,
	"code" text NOT NULL,
	"name_zh" text NOT NULL,
	"name_en" text NOT NULL,
	"event_type" text NOT NULL,
	"subject" text NOT NULL,
	"condition" text NOT NULL,
	"action" jsonb NOT NULL,
	"enabled" boolean NOT NULL,
	"updated_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "policy_versions" (
	"policy_id" uuid NOT NULL,
	"version" integer NOT NULL,
	"rule" jsonb NOT NULL,
	"tests" jsonb NOT NULL,
	"published_at" timestamp with time zone NOT NULL,
	"published_by" uuid,
	"match_mode" text NOT NULL,
	"matched" integer NOT NULL,
	CONSTRAINT "policy_versions_policy_id_version_pk" PRIMARY KEY("policy_id","version")
);
--> statement-breakpoint
CREATE TABLE "prepared_services" (
	"id" uuid PRIMARY KEY NOT NULL,
	"person_id" uuid NOT NULL,
	"trigger_id" uuid NOT NULL,
	"event_id" uuid NOT NULL,
	"bundle_code" text NOT NULL,
	"title_zh" text NOT NULL,
	"title_en" text NOT NULL,
	"prefill" jsonb NOT NULL,
	"reason" jsonb NOT NULL,
	"status" text NOT NULL,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
ALTER TABLE "instant_decisions" ADD CONSTRAINT "instant_decisions_policy_id_policies_id_fk" FOREIGN KEY ("policy_id") REFERENCES "public"."policies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "policy_matches" ADD CONSTRAINT "policy_matches_policy_id_policies_id_fk" FOREIGN KEY ("policy_id") REFERENCES "public"."policies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "policy_versions" ADD CONSTRAINT "policy_versions_policy_id_policies_id_fk" FOREIGN KEY ("policy_id") REFERENCES "public"."policies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "prepared_services" ADD CONSTRAINT "prepared_services_trigger_id_policy_triggers_id_fk" FOREIGN KEY ("trigger_id") REFERENCES "public"."policy_triggers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "enterprise_facts_region_idx" ON "enterprise_facts" USING btree ("region");--> statement-breakpoint
CREATE INDEX "person_facts_region_idx" ON "person_facts" USING btree ("household_region");--> statement-breakpoint
CREATE INDEX "person_facts_birth_md_idx" ON "person_facts" USING btree ("birth_date");--> statement-breakpoint
CREATE UNIQUE INDEX "policies_code_uq" ON "policies" USING btree ("code");--> statement-breakpoint
CREATE INDEX "policies_item_idx" ON "policies" USING btree ("item_code");--> statement-breakpoint
CREATE UNIQUE INDEX "policy_matches_uq" ON "policy_matches" USING btree ("policy_id","subject_id");--> statement-breakpoint
CREATE INDEX "policy_matches_subject_idx" ON "policy_matches" USING btree ("subject_id");--> statement-breakpoint
CREATE INDEX "policy_matches_pending_idx" ON "policy_matches" USING btree ("policy_id","version","notified_at");--> statement-breakpoint
CREATE UNIQUE INDEX "policy_triggers_code_uq" ON "policy_triggers" USING btree ("code");--> statement-breakpoint
CREATE INDEX "policy_triggers_event_idx" ON "policy_triggers" USING btree ("event_type");--> statement-breakpoint
CREATE UNIQUE INDEX "prepared_services_uq" ON "prepared_services" USING btree ("trigger_id","event_id","person_id");--> statement-breakpoint
CREATE INDEX "prepared_services_person_idx" ON "prepared_services" USING btree ("person_id");