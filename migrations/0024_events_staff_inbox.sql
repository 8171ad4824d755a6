ALTER TABLE "inbox_messages" ALTER COLUMN "recipient_person_id" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "inbox_messages" ADD COLUMN "recipient_account_id" uuid;--> statement-breakpoint
CREATE INDEX "inbox_account_idx" ON "inbox_messages" USING btree ("recipient_account_id","created_at");--> statement-breakpoint
CREATE UNIQUE INDEX "inbox_account_dedupe_uq" ON "inbox_messages" USING btree ("recipient_account_id","dedupe_key");--> statement-breakpoint
ALTER TABLE "inbox_messages" ADD CONSTRAINT "inbox_one_recipient" CHECK (("inbox_messages"."recipient_person_id" IS NULL) <> ("inbox_messages"."recipient_account_id" IS NULL));