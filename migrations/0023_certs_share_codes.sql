ALTER TABLE "certificate_shares" ADD COLUMN "code_index" text;--> statement-breakpoint
ALTER TABLE "certificate_shares" ADD COLUMN "code_enc" text;--> statement-breakpoint
ALTER TABLE "certificate_shares" ADD COLUMN "revoked_at" timestamp with time zone;--> statement-breakpoint
CREATE UNIQUE INDEX "certificate_shares_code_uq" ON "certificate_shares" USING btree ("code_index");