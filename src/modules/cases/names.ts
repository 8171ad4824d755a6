// Case numbers (办件编号) for the applicant's data-access log: identity may not read cases, so this answers for it.
import { inArray } from 'drizzle-orm';
import { registerDataAccessNames } from '../identity/index.js';
import { applications } from './schema.js';

const isUuid = (s: string) => /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(s);

export function registerDataAccessNamesOfCases(): void {
  registerDataAccessNames('case', async (ctx, ids) => {
    const valid = ids.filter(isUuid);
    if (!valid.length) return new Map();
    const rows = await ctx.db.select({ id: applications.id, number: applications.number }).from(applications)
      .where(inArray(applications.id, valid));
    // A draft has no number yet (it is given at submission).
    return new Map(rows.map((r) => [r.id, r.number ? { name: { zh: r.number, en: r.number }, code: r.number }
      : { name: { zh: '未提交的草稿', en: 'a draft not yet submitted' }, code: null }]));
  });
}
