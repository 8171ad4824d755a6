// Case numbers (办件编号) for the applicant's data-access log: identity may not read cases, so this answers for it.
import { and, inArray, isNotNull } from 'drizzle-orm';
import { registerDataAccessNames } from '../identity/index.js';
import { applications } from './schema.js';

const isUuid = (s: string) => /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(s);

export function registerDataAccessNamesOfCases(): void {
  registerDataAccessNames('case', async (ctx, ids) => {
    const valid = ids.filter(isUuid);
    if (!valid.length) return new Map();
    const rows = await ctx.db.select({ id: applications.id, number: applications.number }).from(applications)
      .where(and(inArray(applications.id, valid), isNotNull(applications.number)));
    return new Map(rows.map((r) => [r.id, { name: { zh: r.number!, en: r.number! } }]));
  });
}
