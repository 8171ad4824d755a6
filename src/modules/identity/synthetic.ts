// Synthetic persons and enterprises with valid check characters, for tests and benchmarks
// (`tongban seed --persons 100000 --enterprises 20000`). The same seed always gives the same people, so a
// second run with the same seed adds nobody twice.
import { sql } from 'drizzle-orm';
import type { Ctx } from '../../platform/context.js';
import { newId, withTransaction } from '../../platform/context.js';
import { recordAudit } from '../../platform/audit.js';
import { creditCodeCheckChar, idCheckChar, orgCodeCheckChar } from '../../platform/identifiers.js';
import { SeededRandom } from '../../platform/random.js';
import { personRow } from './persons.js';
import { enterprises, persons } from './schema.js';

const SURNAMES = '王李张刘陈杨黄赵吴周徐孙马朱胡郭何林罗高郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤';
const GIVEN = '伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超兰霞平刚桂华建国志红玉梅海燕波宁斌飞鹏辉婷雪琳晨浩宇欣怡子涵梓轩一诺雨桐思远嘉豪佳琪';
// GB/T 4754-2017 sections and a few divisions, for realistic industry codes.
const INDUSTRIES = ['A01', 'C13', 'C39', 'E47', 'F51', 'F52', 'G54', 'H61', 'H62', 'I64', 'I65', 'K70', 'L72', 'M73', 'M75', 'O80', 'P83', 'Q84', 'R86'];
const NAME_WORDS = ['云帆', '星河', '启明', '东岳', '青禾', '瑞丰', '华信', '远航', '安康', '新元', '汇通', '卓越', '宏图', '锦程', '和泰'];
const KINDS = ['科技', '贸易', '餐饮', '建筑', '物流', '文化', '咨询', '食品', '医药', '教育'];

function syntheticIdNumber(rng: SeededRandom, regions: readonly string[]): string {
  const birth = new Date(Date.UTC(rng.int(1935, 2024), rng.int(0, 11), rng.int(1, 28)));
  const body = `${rng.pick(regions)}${birth.toISOString().slice(0, 10).replaceAll('-', '')}${String(rng.int(0, 999)).padStart(3, '0')}`;
  return body + idCheckChar(body);
}

export function syntheticCreditCode(rng: SeededRandom, regionCode: string, authority = '91'): string {
  const org = Array.from({ length: 8 }, () => rng.pick('0123456789ABCDEFGHJKLMNPQRTUWXY'.split(''))).join('');
  const body = `${authority}${regionCode}${org}${orgCodeCheckChar(org)}`;
  return body + creditCodeCheckChar(body);
}

export interface SyntheticOptions {
  persons: number;
  enterprises: number;
  seed: number;
  regionCodes: readonly string[]; // county-level codes people and enterprises are spread over
}

/** Inserts synthetic people and enterprises in batches. Returns how many were new. */
export async function seedSyntheticPopulation(ctx: Ctx, opts: SyntheticOptions, onProgress?: (done: number) => void): Promise<{ persons: number; enterprises: number }> {
  const rng = new SeededRandom(opts.seed);
  const batch = 1000;
  let insertedPersons = 0;
  for (let start = 0; start < opts.persons; start += batch) {
    const now = ctx.clock.now();
    const rows = Array.from({ length: Math.min(batch, opts.persons - start) }, () => personRow(ctx.platform.keyring, {
      name: rng.pick([...SURNAMES]) + rng.pick([...GIVEN]) + (rng.next() < 0.6 ? rng.pick([...GIVEN]) : ''),
      idNumber: syntheticIdNumber(rng, opts.regionCodes), realNameLevel: 1, realNameMethod: 'synthetic',
    }, now));
    const inserted = await ctx.db.insert(persons).values(rows).onConflictDoNothing().returning({ id: persons.id });
    insertedPersons += inserted.length;
    onProgress?.(start + rows.length);
  }
  let insertedEnterprises = 0;
  for (let start = 0; start < opts.enterprises; start += batch) {
    const n = Math.min(batch, opts.enterprises - start);
    const reps = await ctx.db.select({ id: persons.id }).from(persons).orderBy(sql`md5(${persons.id}::text || ${String(opts.seed + start)})`).limit(n);
    if (reps.length === 0) break;
    const now = ctx.clock.now();
    const rows = Array.from({ length: n }, (_, i) => {
      const region = rng.pick(opts.regionCodes);
      return {
        id: newId(), creditCode: syntheticCreditCode(rng, region), name: `示范${rng.pick(NAME_WORDS)}${rng.pick(KINDS)}有限公司${start + i + 1}`,
        regionCode: region, industryCode: rng.pick(INDUSTRIES), registeredOn: `${rng.int(1995, 2025)}-${String(rng.int(1, 12)).padStart(2, '0')}-${String(rng.int(1, 28)).padStart(2, '0')}`,
        legalRepresentativeId: reps[i % reps.length]!.id, createdAt: now,
      };
    });
    const inserted = await ctx.db.insert(enterprises).values(rows).onConflictDoNothing().returning({ id: enterprises.id });
    insertedEnterprises += inserted.length;
  }
  await withTransaction(ctx, (tx) => recordAudit(tx, { action: 'population.synthetic_seeded', subjectType: 'platform', subjectId: 'synthetic',
    details: { seed: opts.seed, requested: { persons: opts.persons, enterprises: opts.enterprises }, inserted: { persons: insertedPersons, enterprises: insertedEnterprises } } }));
  return { persons: insertedPersons, enterprises: insertedEnterprises };
}
