CREATE TABLE "certificate_shares" (
	"id" uuid PRIMARY KEY NOT NULL,
	"certificate_id" uuid NOT NULL,
	"claims" text[] NOT NULL,
	"verifier" text NOT NULL,
	"presentation_enc" text NOT NULL,
	"created_by" uuid NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"expires_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "certificates" (
	"id" uuid PRIMARY KEY NOT NULL,
	"type" text NOT NULL,
	"issuer_department_id" uuid NOT NULL,
	"holder_person_id" uuid,
	"holder_enterprise_id" uuid,
	"application_id" uuid,
	"credential_enc" text NOT NULL,
	"holder_key_enc" text NOT NULL,
	"status_list_id" uuid NOT NULL,
	"status_index" integer NOT NULL,
	"status" text NOT NULL,
	"status_reason" text,
	"status_changed_at" timestamp with time zone,
	"issued_at" timestamp with time zone NOT NULL,
	"expires_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "certificate_status_lists" (
	"id" uuid PRIMARY KEY NOT NULL,
	"issuer_department_id" uuid NOT NULL,
	"capacity" integer NOT NULL,
	"used" integer DEFAULT 0 NOT NULL,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
ALTER TABLE "certificate_shares" ADD CONSTRAINT "certificate_shares_certificate_id_certificates_id_fk" FOREIGN KEY ("certificate_id") REFERENCES "public"."certificates"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "certificate_shares_certificate_idx" ON "certificate_shares" USING btree ("certificate_id","created_at");--> statement-breakpoint
CREATE UNIQUE INDEX "certificates_status_slot_uq" ON "certificates" USING btree ("status_list_id","status_index");--> statement-breakpoint
CREATE UNIQUE INDEX "certificates_application_uq" ON "certificates" USING btree ("application_id","type");--> statement-breakpoint
CREATE INDEX "certificates_person_idx" ON "certificates" USING btree ("holder_person_id","type");--> statement-breakpoint
CREATE INDEX "certificates_enterprise_idx" ON "certificates" USING btree ("holder_enterprise_id","type");--> statement-breakpoint
CREATE INDEX "certificate_status_lists_issuer_idx" ON "certificate_status_lists" USING btree ("issuer_department_id","created_at");