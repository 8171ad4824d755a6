// Catalog tables. An entry (a service item or a life-event bundle) has numbered versions; a published version
// never changes (the database refuses), and an application keeps the version it was submitted under.
import { index, integer, jsonb, pgTable, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { ts } from '../../platform/columns.js';

export const catalogEntries = pgTable('catalog_entries', {
  id: uuid('id').primaryKey(),
  code: text('code').notNull(),
  kind: text('kind').$type<'item' | 'bundle'>().notNull(),
  department: text('department'), // the owning department's code (items); its admins edit the item
  publishedVersion: integer('published_version'), // null until first published
  createdAt: ts('created_at').notNull(),
  updatedAt: ts('updated_at').notNull(),
}, (t) => [uniqueIndex('catalog_entries_code_uq').on(t.kind, t.code)]);

export const catalogVersions = pgTable('catalog_versions', {
  id: uuid('id').primaryKey(),
  entryId: uuid('entry_id').notNull().references(() => catalogEntries.id),
  version: integer('version').notNull(),
  status: text('status').$type<'draft' | 'published' | 'superseded'>().notNull(),
  definition: jsonb('definition').notNull().$type<Record<string, unknown>>(),
  contentHash: text('content_hash').notNull(), // of the canonical definition: an unchanged import adds no version
  createdBy: text('created_by').notNull(),
  createdAt: ts('created_at').notNull(),
  publishedAt: ts('published_at'),
}, (t) => [uniqueIndex('catalog_versions_entry_version_uq').on(t.entryId, t.version), index('catalog_versions_status_idx').on(t.status)]);

/** Official term → the colloquial words people type for it (生孩子 → 出生). */
export const catalogSynonyms = pgTable('catalog_synonyms', {
  term: text('term').primaryKey(),
  synonyms: text('synonyms').array().notNull(),
  updatedAt: ts('updated_at').notNull(),
});
