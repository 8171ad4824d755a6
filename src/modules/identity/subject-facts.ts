// What the policies module may know about persons and enterprises from identity: the facts an ID number and a
// business registration carry (birth date, sex, household region; region, industry, registration date) and a
// name to address a message to. Never the ID number or a phone. For the platform itself (jobs, seeding) only.
import { and, asc, gt, inArray } from 'drizzle-orm';
import { isOperator } from '../../platform/actor.js';
import type { Ctx } from '../../platform/context.js';
import { forbidden } from '../../platform/errors.js';
import { enterprises, persons } from './schema.js';

export interface PersonBasics { id: string; name: string; birthDate: string; sex: 'male' | 'female'; householdRegionCode: string }
export interface EnterpriseBasics { id: string; name: string; regionCode: string; industryCode: string | null; registeredOn: string | null; legalRepresentativeId: string }

/** Persons by id, or a page of all persons after `after` (by id). */
export async function personBasics(ctx: Ctx, q: { ids?: string[]; after?: string | null; limit?: number }): Promise<PersonBasics[]> {
  if (!isOperator(ctx.actor)) throw forbidden();
  const cols = { id: persons.id, name: persons.name, birthDate: persons.birthDate, sex: persons.sex, householdRegionCode: persons.householdRegionCode };
  if (q.ids) return q.ids.length ? ctx.db.select(cols).from(persons).where(inArray(persons.id, q.ids)) : [];
  return ctx.db.select(cols).from(persons).where(q.after ? gt(persons.id, q.after) : undefined).orderBy(asc(persons.id)).limit(q.limit ?? 1000);
}

export async function enterpriseBasics(ctx: Ctx, q: { ids?: string[]; after?: string | null; limit?: number }): Promise<EnterpriseBasics[]> {
  if (!isOperator(ctx.actor)) throw forbidden();
  const cols = { id: enterprises.id, name: enterprises.name, regionCode: enterprises.regionCode, industryCode: enterprises.industryCode, registeredOn: enterprises.registeredOn,
    legalRepresentativeId: enterprises.legalRepresentativeId };
  if (q.ids) return q.ids.length ? ctx.db.select(cols).from(enterprises).where(inArray(enterprises.id, q.ids)) : [];
  return ctx.db.select(cols).from(enterprises).where(and(q.after ? gt(enterprises.id, q.after) : undefined)).orderBy(asc(enterprises.id)).limit(q.limit ?? 1000);
}
