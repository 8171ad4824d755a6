-- Inbox messages link to the portal's pages about their subject (issue 14): messages already sent pointed at paths
-- no page answered (/applications/:id, /policies/:code, /bundles/:code?prepared=:id).
UPDATE "inbox_messages" SET "link" = regexp_replace("link", '^/applications/', '/cases/') WHERE "link" LIKE '/applications/%';
--> statement-breakpoint
UPDATE "inbox_messages" SET "link" = regexp_replace("link", '^/policies/', '/my-policies/') WHERE "link" LIKE '/policies/%';
--> statement-breakpoint
UPDATE "inbox_messages" SET "link" = regexp_replace("link", '^/bundles/[^?]*\?prepared=', '/my-services?for=self#prepared-') WHERE "link" LIKE '/bundles/%?prepared=%';
--> statement-breakpoint
-- A policy that found an enterprise is read acting for it (the message went to its legal representative); the
-- enterprise is the last part of the message's dedupe key (policy:<policy>:<version>:<subject>).
UPDATE "inbox_messages" SET "link" = "link" || '?for=enterprise:' || split_part("dedupe_key", ':', 4)
WHERE "link" LIKE '/my-policies/%' AND "link" NOT LIKE '%?%' AND "dedupe_key" LIKE 'policy:%'
  AND split_part("dedupe_key", ':', 4) IN (SELECT "id"::text FROM "enterprises");
--> statement-breakpoint
UPDATE "inbox_messages" SET "link" = "link" || '?for=self' WHERE "link" LIKE '/my-policies/%' AND "link" NOT LIKE '%?%';
