DROP INDEX "signing_keys_one_active_uq";--> statement-breakpoint
ALTER TABLE "signing_keys" ADD COLUMN "purpose" text DEFAULT 'legacy' NOT NULL;--> statement-breakpoint
-- Keys made before purposes signed certificates, status lists and exchange answers alike: they stop signing (each
-- purpose gets its own key on first use) and stay published in every purpose's key set for what they signed.
UPDATE "signing_keys" SET "retired_at" = now() WHERE "retired_at" IS NULL;--> statement-breakpoint
ALTER TABLE "certificate_status_lists" ADD COLUMN "revision" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "certificate_status_lists" ADD COLUMN "signed_jwt" text;--> statement-breakpoint
ALTER TABLE "certificate_status_lists" ADD COLUMN "signed_revision" integer;--> statement-breakpoint
ALTER TABLE "certificate_status_lists" ADD COLUMN "signed_kid" text;--> statement-breakpoint
ALTER TABLE "certificate_status_lists" ADD COLUMN "signed_at" timestamp with time zone;--> statement-breakpoint
CREATE UNIQUE INDEX "signing_keys_one_active_uq" ON "signing_keys" USING btree ("owner_id","purpose") WHERE retired_at IS NULL AND revoked_at IS NULL;