-- Exchange: a grant may allow batch use (批量查询) only with a legal basis of its own; every existing grant stays
-- non-batch. A query keeps the caller's own legal-basis text apart from the grant's, which alone authorises it.
ALTER TABLE "exchange_grants" ADD COLUMN "batch" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "exchange_grants" ADD COLUMN "batch_legal_basis" text;--> statement-breakpoint
ALTER TABLE "exchange_queries" ADD COLUMN "stated_legal_basis" text;--> statement-breakpoint
-- Policies: 无感智办 triggers get an owning department. The demo triggers (policies/triggers.yaml) get theirs; any
-- other existing trigger stays without one, which leaves it to platform operators.
ALTER TABLE "policy_triggers" ADD COLUMN "department_code" text;--> statement-breakpoint
UPDATE "policy_triggers" SET "department_code" = CASE "code"
  WHEN 'newborn-bundle' THEN 'wjw'
  WHEN 'retirement-bundle' THEN 'rsj'
  WHEN 'new-enterprise-subsidies' THEN 'scjgj'
END WHERE "department_code" IS NULL;
