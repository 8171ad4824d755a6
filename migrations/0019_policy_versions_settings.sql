-- A published version keeps what it decides besides its rule (name, subject, item, 秒批, 免申即享, opt-out days), so
-- a draft saved on the policy row changes nothing until it is published. Versions published before this migration
-- take the row's values as they stand: the best record there is of what they were.
ALTER TABLE "policy_versions" ADD COLUMN "settings" jsonb;--> statement-breakpoint
UPDATE "policy_versions" v SET "settings" = jsonb_build_object(
  'nameZh', p."name_zh", 'nameEn', p."name_en", 'summaryZh', p."summary_zh", 'summaryEn', p."summary_en", 'subject', p."subject",
  'itemCode', p."item_code", 'instantApproval', p."instant_approval", 'autoGrant', p."auto_grant", 'optOutDays', p."opt_out_days")
FROM "policies" p WHERE p."id" = v."policy_id";--> statement-breakpoint
ALTER TABLE "policy_versions" ALTER COLUMN "settings" SET NOT NULL;
