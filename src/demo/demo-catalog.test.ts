// The demo catalog a city starts with: it imports cleanly into the demo city, every life event has one guide,
// and the words people actually type find the official items.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../test/harness.js';
import { seedDemo, seedDemoCatalog } from './seed.js';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
  await seedDemo(t.system);
  const imported = await seedDemoCatalog(t.system);
  expect(imported.items.created).toBeGreaterThanOrEqual(45);
  expect(imported.bundles.created).toBe(5);
});
afterAll(() => t.close());

const search = async (q: string, extra = '') =>
  ((await t.tongban.http.inject(`/api/v1/catalog/search?q=${encodeURIComponent(q)}${extra}`)).json() as { results: { code: string }[] }).results.map((r) => r.code);

describe('demo catalog', () => {
  it('importing again changes nothing', async () => {
    expect((await seedDemoCatalog(t.system)).items).toMatchObject({ created: 0, updated: 0 });
  });

  it('has the five life events, each with one guide and one set of materials', async () => {
    for (const code of ['newborn', 'company-start', 'second-hand-home-sale', 'retirement', 'after-death']) {
      const guide = (await t.tongban.http.inject(`/api/v1/catalog/bundles/${code}/guide`)).json();
      expect(guide.items.length, code).toBeGreaterThanOrEqual(3);
      const codes = guide.materials.map((m: { code: string }) => m.code);
      expect(new Set(codes).size, code).toBe(codes.length); // each material listed once
    }
  });

  it('has the single items a city needs on day one', async () => {
    const names = ((await t.tongban.http.inject('/api/v1/catalog/items')).json() as { name: { zh: string } }[]).map((i) => i.name.zh).join('、');
    for (const needed of ['居住证', '身份证', '结婚登记', '食品经营许可', '个体工商户', '公积金提取', '失业保险金', '高龄津贴', '残疾人两项补贴', '最低生活保障', '建设工程规划许可', '道路运输经营许可']) {
      expect(names, needed).toContain(needed);
    }
  });

  it.each([
    ['生孩子要办什么', ['newborn', 'birth-household-registration', 'birth-medical-certificate-issuance']],
    ['开公司', ['company-start', 'enterprise-establishment-registration']],
    ['退休金怎么领', ['basic-pension-claim', 'retirement']],
    ['领证', ['marriage-registration']],
    ['取公积金', ['housing-fund-withdrawal']],
    ['失业金', ['unemployment-insurance-benefit']],
    ['身份证到期了', ['id-card-renewal']],
    ['卖房过户', ['second-hand-home-sale', 'real-estate-transfer-registration']],
  ])('"%s" finds the official item first', async (q, expected) => {
    const found = await search(q);
    expect(expected, `${q} → ${found.slice(0, 5).join(', ')}`).toContain(found[0]);
  });
});
