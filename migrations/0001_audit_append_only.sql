-- The audit trail is append-only: the application never updates or deletes it, and the database refuses to.
-- (Someone with superuser rights can still get round this; `tongban audit verify` detects what they did.)
CREATE FUNCTION audit_log_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'audit_log is append-only (% refused)', TG_OP;
END $$;
--> statement-breakpoint
CREATE TRIGGER audit_log_append_only BEFORE UPDATE OR DELETE ON audit_log
  FOR EACH ROW EXECUTE FUNCTION audit_log_refuse_change();
--> statement-breakpoint
CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON audit_log
  FOR EACH STATEMENT EXECUTE FUNCTION audit_log_refuse_change();
--> statement-breakpoint
-- The chain's head: its anchor, and the row lock writers take to extend it.
INSERT INTO platform_meta (key, value, updated_at)
  VALUES ('audit.head', '{"seq": 0, "hash": "0000000000000000000000000000000000000000000000000000000000000000"}', now());
