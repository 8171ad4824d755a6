// Names for the subject's data-access log (identity may not read exchange tables): a source by its code, a machine
// client by its id, with the department it belongs to.
import { inArray } from 'drizzle-orm';
import { registerDataAccessNames } from '../identity/index.js';
import { exchangeClients, exchangeSources } from './schema.js';

const isUuid = (s: string) => /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(s);

export function registerDataAccessNamesOfExchange(): void {
  registerDataAccessNames('source', async (ctx, codes) => {
    const rows = await ctx.db.select({ code: exchangeSources.code, zh: exchangeSources.nameZh, en: exchangeSources.nameEn })
      .from(exchangeSources).where(inArray(exchangeSources.code, codes));
    return new Map(rows.map((r) => [r.code, { name: { zh: r.zh, en: r.en } }]));
  });
  registerDataAccessNames('client', async (ctx, ids) => {
    const valid = ids.filter(isUuid);
    if (!valid.length) return new Map();
    const rows = await ctx.db.select({ id: exchangeClients.id, name: exchangeClients.name, departmentId: exchangeClients.departmentId })
      .from(exchangeClients).where(inArray(exchangeClients.id, valid));
    return new Map(rows.map((r) => [r.id, { name: { zh: r.name, en: r.name }, departmentId: r.departmentId }]));
  });
}
