// 好差评: the applicant's rating of a finished case, and the rectification (差评整改) a bad rating opens.
import { boolean, date, index, integer, pgTable, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { ts } from '../../platform/columns.js';

export const ratings = pgTable('ratings', {
  id: uuid('id').primaryKey(),
  applicationId: uuid('application_id').notNull(),
  personId: uuid('person_id').notNull(),
  departmentId: uuid('department_id').notNull(),
  itemCode: text('item_code').notNull(),
  regionCode: text('region_code').notNull(),
  level: integer('level').notNull(), // 5 非常满意 … 1 非常不满意 (the national five-level scale)
  comment: text('comment'),
  createdAt: ts('created_at').notNull(),
}, (t) => [uniqueIndex('ratings_application_uq').on(t.applicationId), index('ratings_department_idx').on(t.departmentId, t.createdAt)]);

export const rectifications = pgTable('rectifications', {
  id: uuid('id').primaryKey(),
  ratingId: uuid('rating_id').notNull().references(() => ratings.id),
  departmentId: uuid('department_id').notNull(),
  openedAt: ts('opened_at').notNull(),
  dueOn: date('due_on', { mode: 'string' }).notNull(),
  status: text('status').$type<'open' | 'replied'>().notNull(),
  reply: text('reply'),
  repliedBy: uuid('replied_by'),
  repliedAt: ts('replied_at'),
  // The rater's answer to the reply (整改是否满意): what the department is told about its rectification.
  raterSatisfied: boolean('rater_satisfied'),
  raterComment: text('rater_comment'),
  raterAnsweredAt: ts('rater_answered_at'),
}, (t) => [uniqueIndex('rectifications_rating_uq').on(t.ratingId), index('rectifications_queue_idx').on(t.departmentId, t.status, t.dueOn)]);
