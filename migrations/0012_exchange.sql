CREATE TABLE "exchange_clients" (
	"id" uuid PRIMARY KEY NOT NULL,
	"department_id" uuid NOT NULL,
	"name" text NOT NULL,
	"secret_hash" text NOT NULL,
	"created_by" text NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"revoked_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "exchange_grants" (
	"id" uuid PRIMARY KEY NOT NULL,
	"source_id" uuid NOT NULL,
	"consumer_department_id" uuid NOT NULL,
	"purposes" jsonb NOT NULL,
	"legal_basis" text NOT NULL,
	"valid_from" timestamp with time zone NOT NULL,
	"valid_until" timestamp with time zone NOT NULL,
	"granted_by" text NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"revoked_at" timestamp with time zone,
	"revoked_by" text,
	"revoke_reason" text
);
--> statement-breakpoint
CREATE TABLE "exchange_queries" (
	"id" uuid PRIMARY KEY NOT NULL,
	"source_id" uuid NOT NULL,
	"source_code" text NOT NULL,
	"consumer_department_id" uuid NOT NULL,
	"client_id" uuid,
	"account_id" uuid,
	"subject_kind" text NOT NULL,
	"subject_person_id" uuid,
	"subject_enterprise_id" uuid,
	"application_id" uuid,
	"item_code" text,
	"legal_basis" text,
	"grant_id" uuid,
	"outcome" text NOT NULL,
	"refusal" text,
	"found" boolean,
	"answer_enc" text,
	"flags" jsonb NOT NULL,
	"at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "exchange_records" (
	"id" uuid PRIMARY KEY NOT NULL,
	"source_id" uuid NOT NULL,
	"subject_index" text NOT NULL,
	"subject_enc" text NOT NULL,
	"data_enc" text NOT NULL,
	"published_by" text NOT NULL,
	"published_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "exchange_sources" (
	"id" uuid PRIMARY KEY NOT NULL,
	"code" text NOT NULL,
	"owner_department_id" uuid NOT NULL,
	"name_zh" text NOT NULL,
	"name_en" text NOT NULL,
	"subject_kind" text NOT NULL,
	"legal_basis" text NOT NULL,
	"record_schema" jsonb NOT NULL,
	"status" text NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
ALTER TABLE "exchange_grants" ADD CONSTRAINT "exchange_grants_source_id_exchange_sources_id_fk" FOREIGN KEY ("source_id") REFERENCES "public"."exchange_sources"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "exchange_queries" ADD CONSTRAINT "exchange_queries_source_id_exchange_sources_id_fk" FOREIGN KEY ("source_id") REFERENCES "public"."exchange_sources"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "exchange_records" ADD CONSTRAINT "exchange_records_source_id_exchange_sources_id_fk" FOREIGN KEY ("source_id") REFERENCES "public"."exchange_sources"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "exchange_clients_department_idx" ON "exchange_clients" USING btree ("department_id");--> statement-breakpoint
CREATE INDEX "exchange_grants_lookup_idx" ON "exchange_grants" USING btree ("source_id","consumer_department_id");--> statement-breakpoint
CREATE INDEX "exchange_queries_consumer_idx" ON "exchange_queries" USING btree ("consumer_department_id","at");--> statement-breakpoint
CREATE INDEX "exchange_queries_person_idx" ON "exchange_queries" USING btree ("subject_person_id","at");--> statement-breakpoint
CREATE INDEX "exchange_queries_application_idx" ON "exchange_queries" USING btree ("application_id");--> statement-breakpoint
CREATE UNIQUE INDEX "exchange_records_subject_uq" ON "exchange_records" USING btree ("source_id","subject_index");--> statement-breakpoint
CREATE UNIQUE INDEX "exchange_sources_code_uq" ON "exchange_sources" USING btree ("code");