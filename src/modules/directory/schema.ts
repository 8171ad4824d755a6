// Directory tables: regions (行政区划), departments, service halls (政务服务大厅) and their windows.
import { index, pgTable, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { ts } from '../../platform/columns.js';

export const regions = pgTable('regions', {
  code: text('code').primaryKey(), // GB/T 2260 (6 digits) or a 9-digit town code
  nameZh: text('name_zh').notNull(),
  nameEn: text('name_en').notNull(),
  level: text('level').$type<'province' | 'city' | 'county' | 'town'>().notNull(),
  parentCode: text('parent_code'),
  createdAt: ts('created_at').notNull(),
}, (t) => [index('regions_parent_idx').on(t.parentCode)]);

export const departments = pgTable('departments', {
  id: uuid('id').primaryKey(),
  code: text('code').notNull(), // short stable handle, unique within a region: 'gaj' (公安局)
  nameZh: text('name_zh').notNull(),
  nameEn: text('name_en').notNull(),
  kind: text('kind').notNull(), // public_security, civil_affairs …
  regionCode: text('region_code').notNull().references(() => regions.code),
  creditCode: text('credit_code').notNull(), // 统一社会信用代码 (GB 32100)
  phone: text('phone'),
  address: text('address'),
  createdAt: ts('created_at').notNull(),
  updatedAt: ts('updated_at').notNull(),
}, (t) => [
  uniqueIndex('departments_credit_code_uq').on(t.creditCode),
  uniqueIndex('departments_region_code_uq').on(t.regionCode, t.code),
]);

export const halls = pgTable('halls', {
  id: uuid('id').primaryKey(),
  nameZh: text('name_zh').notNull(),
  nameEn: text('name_en').notNull(),
  regionCode: text('region_code').notNull().references(() => regions.code),
  address: text('address').notNull(),
  openingHours: text('opening_hours').notNull(), // as on the door, for people
  // The hours bookings are offered in on working days (of the region's calendar), 'HH:MM' China time.
  opensAt: text('opens_at').notNull().default('09:00'),
  closesAt: text('closes_at').notNull().default('17:00'),
  createdAt: ts('created_at').notNull(),
});

export const windows = pgTable('windows', {
  id: uuid('id').primaryKey(),
  hallId: uuid('hall_id').notNull().references(() => halls.id),
  number: text('number').notNull(), // as on the sign above it: 'A01'
  nameZh: text('name_zh').notNull(),
  nameEn: text('name_en').notNull(),
  departmentIds: uuid('department_ids').array().notNull(), // several for a comprehensive window (综合窗口)
  createdAt: ts('created_at').notNull(),
}, (t) => [uniqueIndex('windows_hall_number_uq').on(t.hallId, t.number)]);
