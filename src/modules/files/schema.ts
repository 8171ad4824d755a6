// Uploaded files (materials): content-addressed, so the same bytes are stored once, and checked by what they
// are (magic bytes), not by what the upload claims to be.
import { bigint, index, pgTable, text, uuid } from 'drizzle-orm/pg-core';
import { ts } from '../../platform/columns.js';

export const files = pgTable('files', {
  id: uuid('id').primaryKey(),
  sha256: text('sha256').notNull(), // the storage key
  size: bigint('size', { mode: 'number' }).notNull(),
  mediaType: text('media_type').notNull(), // detected from the content
  originalName: text('original_name').notNull(),
  ownerPersonId: uuid('owner_person_id'), // whose material it is; null for staff documents
  uploadedBy: text('uploaded_by').notNull(), // actor label
  createdAt: ts('created_at').notNull(),
}, (t) => [index('files_sha256_idx').on(t.sha256), index('files_owner_idx').on(t.ownerPersonId)]);
