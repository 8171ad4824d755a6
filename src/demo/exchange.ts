// The demo data exchange: the sources the demo catalog names (catalog/exchange-sources.yaml), demo records for the
// demo people and enterprise, and the grants the catalog needs: for every item material a source can supply, the
// item's department in each region it is offered gets a grant for that source with the item code as the purpose.
// Idempotent: what exists is left alone, so it runs after every catalog import.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { withTransaction, type Ctx } from '../platform/context.js';
import { getMeta, setMeta } from '../platform/meta.js';
import * as catalog from '../modules/catalog/index.js';
import * as directory from '../modules/directory/index.js';
import * as exchange from '../modules/exchange/index.js';
import { DEMO_CITY, DEMO_ENTERPRISE, DEMO_PEOPLE } from './seed.js';

interface DemoSourceFile {
  sources: (Omit<exchange.SourceInput, 'ownerDepartmentId'> & { owner: string })[];
  records: Record<string, { subject: keyof typeof DEMO_PEOPLE | 'enterprise'; data: Record<string, unknown> }[]>;
}

export const DEMO_EXCHANGE_FILE = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../catalog/exchange-sources.yaml');
const RECORDS_KEY = 'demo.exchange.records';
const GRANT_YEARS = 3;

export function readDemoExchange(file = DEMO_EXCHANGE_FILE): DemoSourceFile {
  return parse(fs.readFileSync(file, 'utf8')) as DemoSourceFile;
}

export async function seedDemoExchange(ctx: Ctx): Promise<{ sources: number; records: number; grants: number }> {
  const demo = readDemoExchange();
  return withTransaction(ctx, async (tx) => {
    const created = { sources: 0, records: 0, grants: 0 };
    const existing = new Set((await exchange.listSources(tx)).map((s) => s.code));
    for (const { owner, ...source } of demo.sources) {
      if (existing.has(source.code)) continue;
      const department = await directory.findDepartment(tx, DEMO_CITY, owner);
      if (!department) throw new Error(`${DEMO_EXCHANGE_FILE}: source ${source.code}: no demo department ${owner}`);
      await exchange.registerSource(tx, { ...source, ownerDepartmentId: department.id });
      created.sources += 1;
    }
    if (!(await getMeta(tx, RECORDS_KEY))) {
      for (const [code, records] of Object.entries(demo.records)) {
        for (const r of records) {
          const subject = r.subject === 'enterprise' ? { creditCode: DEMO_ENTERPRISE.creditCode } : { idNumber: DEMO_PEOPLE[r.subject].idNumber };
          await exchange.publishRecord(tx, code, { subject, data: r.data });
          created.records += 1;
        }
      }
      await setMeta(tx, RECORDS_KEY, { at: tx.clock.now().toISOString() });
    }
    const grants = await exchange.listGrants(tx, {});
    const validUntil = new Date(tx.clock.now().getTime() + GRANT_YEARS * 365 * 86_400_000).toISOString();
    for (const entry of await catalog.listPublished(tx, 'item')) {
      const item = entry.definition as catalog.ItemDefinition;
      for (const source of new Set(item.materials.map((m) => m.exchangeSource).filter((s): s is string => Boolean(s)))) {
        for (const region of item.regions) {
          const department = await directory.findDepartment(tx, region, item.department);
          if (!department) continue;
          if (grants.some((g) => g.live && g.source === source && g.consumerDepartmentId === department.id && g.purposes.itemCodes.includes(item.code))) continue;
          await exchange.createGrant(tx, { source, consumerDepartmentId: department.id, itemCodes: [item.code], validUntil,
            legalBasis: `《${item.name.zh}》办事指南所列材料由数据共享提供（${item.legalBasis?.[0]?.title ?? '国务院关于加快推进全国一体化在线政务服务平台建设的指导意见'}）` });
          created.grants += 1;
        }
      }
    }
    return created;
  });
}
