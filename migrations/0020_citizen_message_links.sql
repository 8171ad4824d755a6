-- Inbox messages link to the portal's pages about their subject (issue 14): messages already sent pointed at paths
-- no page answered (/applications/:id, /policies/:code, /bundles/:code?prepared=:id).
UPDATE "inbox_messages" SET "link" = regexp_replace("link", '^/applications/', '/cases/') WHERE "link" LIKE '/applications/%';
--> statement-breakpoint
UPDATE "inbox_messages" SET "link" = regexp_replace("link", '^/policies/', '/my-policies/') WHERE "link" LIKE '/policies/%';
--> statement-breakpoint
UPDATE "inbox_messages" SET "link" = regexp_replace("link", '^/bundles/[^?]*\?prepared=', '/my-services#prepared-') WHERE "link" LIKE '/bundles/%?prepared=%';
