-- A published catalog version never changes: applications point at it. Only its status may move on
-- (published → superseded); the definition, number and entry stay as they were.
CREATE FUNCTION catalog_version_immutable() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF OLD.status <> 'draft' AND (NEW.definition IS DISTINCT FROM OLD.definition OR NEW.version <> OLD.version
      OR NEW.entry_id <> OLD.entry_id OR NEW.content_hash <> OLD.content_hash OR NEW.status = 'draft') THEN
    RAISE EXCEPTION 'catalog version % is published and cannot change', OLD.id;
  END IF;
  RETURN NEW;
END $$;
--> statement-breakpoint
CREATE TRIGGER catalog_versions_immutable BEFORE UPDATE ON catalog_versions
  FOR EACH ROW EXECUTE FUNCTION catalog_version_immutable();
--> statement-breakpoint
CREATE FUNCTION catalog_version_no_delete() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF OLD.status <> 'draft' THEN RAISE EXCEPTION 'catalog version % is published and cannot be deleted', OLD.id; END IF;
  RETURN OLD;
END $$;
--> statement-breakpoint
CREATE TRIGGER catalog_versions_no_delete BEFORE DELETE ON catalog_versions
  FOR EACH ROW EXECUTE FUNCTION catalog_version_no_delete();
