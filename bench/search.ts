// Catalog search over 10,000 items: how long the index takes to build and how long a query takes (p50/p95/p99),
// with colloquial queries. Target (DESIGN.md): p95 under 10 ms.
import { performance } from 'node:perf_hooks';
import { CatalogIndex, type SearchDocument } from '../src/modules/catalog/search.js';
import { SeededRandom } from '../src/platform/random.js';
import { percentile, round } from './support.js';

const SUBJECTS = ['出生登记', '居住证申领', '身份证换领', '结婚登记', '食品经营许可', '个体工商户登记', '公积金提取', '失业保险金申领', '高龄津贴申领',
  '残疾人两项补贴', '最低生活保障', '建设工程规划许可', '道路运输经营许可', '企业设立登记', '不动产转移登记', '退休审批', '养老金申领', '医保参保登记',
  '社会保障卡申领', '户口迁移', '死亡登记', '丧葬补助金', '药品经营许可', '公租房申请', '临时救助'];
const QUALIFIERS = ['首次', '变更', '注销', '补办', '延续', '跨省', '线上', '集体户', '涉外', '港澳台居民'];
const QUERIES = ['生孩子要办什么', '开公司', '退休金怎么领', '上户口', '身份证丢了', '领结婚证', '取公积金', '失业金', '老人补贴', '卖房过户', '办执照', '残疾补贴'];
const SYNONYMS = { 出生: ['生孩子', '生娃'], 企业: ['开公司', '办执照'], 养老金: ['退休金'], 户口: ['上户口'], 结婚登记: ['领结婚证'], 公积金提取: ['取公积金'],
  失业保险金: ['失业金'], 高龄津贴: ['老人补贴'], 不动产转移登记: ['卖房过户'], 残疾人两项补贴: ['残疾补贴'], 身份证: ['身份证丢了'] };


export function runSearchBench(itemCount = 10_000, queries = 2_000) {
  const rng = new SeededRandom(42);
  const docs: SearchDocument[] = Array.from({ length: itemCount }, (_, i) => {
    const subject = rng.pick(SUBJECTS);
    return { id: String(i), code: `item-${i}`, kind: 'item', nameZh: `${subject}（${rng.pick(QUALIFIERS)}）`, nameEn: `Item ${i}`,
      summaryZh: `办理${subject}的${rng.pick(QUALIFIERS)}业务`, summaryEn: `Service number ${String(i)}`, keywords: [subject.slice(0, 2)], materials: ['居民身份证', '户口簿'],
      department: rng.pick(['gaj', 'mzj', 'rsj', 'scjgj']), regions: [rng.pick(['339900', '339902', '339903'])], applicantTypes: ['person'] };
  });
  const built = performance.now();
  const index = new CatalogIndex(docs, SYNONYMS);
  const buildMs = performance.now() - built;
  for (let i = 0; i < 200; i++) index.search({ q: QUERIES[i % QUERIES.length]!, limit: 20 }); // warm up the JIT
  const times: number[] = [];
  let found = 0;
  for (let i = 0; i < queries; i++) {
    const start = performance.now();
    const hits = index.search({ q: QUERIES[i % QUERIES.length]!, region: i % 3 === 0 ? '339902' : undefined, limit: 20 });
    times.push(performance.now() - start);
    if (hits.length > 0) found += 1;
  }
  times.sort((a, b) => a - b);
  return { items: itemCount, queries, buildMs: Math.round(buildMs), p50Ms: round(percentile(times, 50), 2), p95Ms: round(percentile(times, 95), 2), p99Ms: round(percentile(times, 99), 2),
    answeredWithResults: found / queries, targetP95Ms: 10 };
}
