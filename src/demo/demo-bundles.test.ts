// The five life events (一件事) of the demo catalog, end to end over HTTP on the demo city: the applicant (a citizen,
// or for 企业开办 the enterprise's agent 经办人) fills in what each item's own JSON Schema form asks for, leaving to
// the server what it prefills (x-prefill) and what the shared fields carry, uploads what only they have, and
// submits once; the window clerk accepts what needs a person; the demo reviewer of each department approves its
// tasks, stage after stage, until the whole bundle is approved; the applicant is told at every step and rates,
// and a 不满意 reaches the department, whose reply reaches the family.
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BundleDefinition, ItemDefinition } from '../modules/catalog/index.js';
import { creditCodeCheckChar } from '../platform/identifiers.js';
import { makeIdNumber, PASSWORD, signInBrowser, type Browser } from '../test/factories.js';
import { startTestApp, type TestApp } from '../test/harness.js';
import { makePdf, makePng } from '../test/samples.js';
import { DEMO_ENTERPRISE, DEMO_PASSWORD, DEMO_PEOPLE, DEMO_STAFF, seedDemo, seedDemoCatalog } from './seed.js';

// ---- example form data from a JSON Schema ----------------------------------------------------------------------

interface JsonSchema {
  if?: JsonSchema; then?: JsonSchema;
  type?: string; properties?: Record<string, JsonSchema>; required?: string[]; items?: JsonSchema; enum?: unknown[]; const?: unknown;
  format?: string; pattern?: string; minimum?: number; maximum?: number; exclusiveMinimum?: number; exclusiveMaximum?: number;
  minLength?: number; maxLength?: number; minItems?: number;
}

const EXAMPLE_DAY = '2026-02-27'; // a Friday, a few days before the suite's clock

/**
 * The smallest value a JSON Schema accepts: required properties only, first enum values, the lower bounds. The
 * pointers in `leave` are left out, for the server to fill (prefill, shared fields).
 */
function exampleOf(schema: JsonSchema, leave: ReadonlySet<string> = new Set(), at = ''): unknown {
  if ('const' in schema) return schema.const;
  if (schema.enum) return schema.enum[0];
  switch (schema.type ?? (schema.properties ? 'object' : undefined)) {
    case 'object': {
      // A field an if/then makes required (邮寄 needs an address) is required here when the example meets the if.
      const out = Object.fromEntries((schema.required ?? []).filter((name) => !leave.has(`${at}/${name}`))
        .map((name) => [name, exampleOf(schema.properties?.[name] ?? {}, leave, `${at}/${name}`)]));
      const cond = schema.if?.properties ?? {};
      if (schema.then && Object.entries(cond).every(([k, c]) => 'const' in c && out[k] === c.const)) {
        for (const name of schema.then.required ?? []) if (!(name in out)) out[name] = exampleOf(schema.properties?.[name] ?? {}, leave, `${at}/${name}`);
      }
      return out;
    }
    case 'array':
      return Array.from({ length: schema.minItems ?? 0 }, (_, i) => (schema.items?.enum ? schema.items.enum[i] : exampleOf(schema.items ?? {}, leave, `${at}/${i}`)));
    case 'string':
      if (schema.format === 'date') return EXAMPLE_DAY;
      if (schema.format === 'date-time') return `${EXAMPLE_DAY}T15:00:00+08:00`;
      if (schema.format === 'email') return 'family@example.cn';
      // Identifiers are checked with their check character: an example must be a real one, not a pattern's sample.
      if (schema.format === 'id-number' || schema.format === 'id-number-or-credit-code') return makeIdNumber('19850101');
      if (schema.format === 'credit-code') return `91339902MA2B3C4D5${creditCodeCheckChar('91339902MA2B3C4D5')}`;
      if (schema.format === 'mobile' || schema.format === 'phone') return '13900000000';
      if (schema.format === 'postal-code') return '310000';
      if (schema.pattern) return fc.sample(fc.stringMatching(new RegExp(schema.pattern)), { numRuns: 1, seed: 1 })[0];
      return '示例'.padEnd(schema.minLength ?? 0, '例').slice(0, schema.maxLength ?? Infinity);
    case 'integer':
    case 'number': {
      let n = schema.minimum ?? (schema.exclusiveMinimum !== undefined ? schema.exclusiveMinimum + 1 : 1);
      if (schema.maximum !== undefined) n = Math.min(n, schema.maximum);
      if (schema.exclusiveMaximum !== undefined) n = Math.min(n, schema.exclusiveMaximum - 1);
      return schema.type === 'integer' ? Math.ceil(n) : n;
    }
    case 'boolean':
      return true;
    default:
      throw new Error(`no example for the schema at ${at || '/'}: ${JSON.stringify(schema)}`);
  }
}

// ---- the app, the demo staff and the applicants --------------------------------------------------------------

interface TaskView { id: string; stage: number; departmentCode: string; status: string; name: { zh: string } }
interface ApplicationView { id: string; itemCode: string; status: string; departmentCode: string; tasks: TaskView[]; materials: { code: string; source: string }[] }
interface BundleView { id: string; bundleCode: string; status: string; applications: ApplicationView[] }
interface QueueEntry { id: string; departmentCode: string; application: { id: string } }
interface Message { template: string; link: string | null }

/** Who applies: requests as them (for an enterprise, as its agent with X-Acting-For), and whose inbox hears of it. */
interface Applicant { request: Browser['request']; inbox: Browser }

const BUNDLES = ['newborn', 'company-start', 'second-hand-home-sale', 'retirement', 'after-death'] as const;
type BundleCode = (typeof BUNDLES)[number];

let t: TestApp;
let applicants: Record<BundleCode, Applicant>;
const staff = new Map<string, Browser>();

const asStaff = async (username: string) => {
  if (!staff.has(username)) staff.set(username, await signInBrowser(t, username, DEMO_PASSWORD));
  return staff.get(username)!;
};

const actingFor = (browser: Browser, headers: Record<string, string>): Browser['request'] =>
  (opts) => browser.request({ ...opts, headers: { ...headers, ...opts.headers } });

/**
 * A citizen who registered with a mobile number (every item here binds applicant.phone in x-prefill, so the
 * number is on record for the server to fill in; makeCitizen registers without one).
 */
async function registeredCitizen(name: string, birth: string, phone: string): Promise<Applicant> {
  const idNumber = makeIdNumber(birth);
  const res = await t.tongban.http.inject({ method: 'POST', url: '/api/v1/auth/register', payload: { name, idNumber, phone, password: PASSWORD } });
  expect(res.statusCode, res.body).toBe(202);
  const browser = await signInBrowser(t, idNumber);
  return { request: browser.request, inbox: browser };
}

beforeAll(async () => {
  t = await startTestApp({ env: { SIGNIN_RATE_LIMIT: '10000' } }); // Monday 2 March 2026
  await seedDemo(t.system);
  await seedDemoCatalog(t.system);
  // 企业开办: 李四 acts for 示范市云帆科技有限公司 as its agent; its legal representative 张三 is the applicant of record.
  const lisi = await signInBrowser(t, DEMO_PEOPLE.lisi.idNumber, DEMO_PASSWORD);
  const enterprises = (await lisi.request({ method: 'GET', url: '/api/v1/me/enterprises' })).json() as { id: string; creditCode: string; as: string }[];
  const enterprise = enterprises.find((e) => e.creditCode === DEMO_ENTERPRISE.creditCode)!;
  expect(enterprise.as).toBe('agent');
  applicants = {
    'newborn': await registeredCitizen('林晓', '19940512', '13900000011'), // the mother
    'company-start': { request: actingFor(lisi, { 'x-acting-for': `enterprise:${enterprise.id}` }), inbox: await signInBrowser(t, DEMO_PEOPLE.zhangsan.idNumber, DEMO_PASSWORD) },
    'second-hand-home-sale': await registeredCitizen('王安居', '19880101', '13900000012'), // the buyer
    'retirement': await registeredCitizen('赵建国', '19660210', '13900000013'),
    'after-death': await registeredCitizen('周孝文', '19700315', '13900000014'), // the son
  };
});
afterAll(() => t.close());

// ---- catalog, reading it as anyone would ----------------------------------------------------------------------

const item = async (code: string) => {
  const res = await t.tongban.http.inject(`/api/v1/catalog/items/${code}`);
  expect(res.statusCode, `${code}: ${res.body}`).toBe(200);
  return res.json<{ definition: ItemDefinition }>().definition;
};
const lifeEvent = async (code: string) => (await t.tongban.http.inject(`/api/v1/catalog/bundles/${code}`)).json<{ definition: BundleDefinition }>().definition;

/** A required material no electronic certificate or data source can supply: only the applicant has it. */
const onlyTheApplicantHas = (m: ItemDefinition['materials'][number]) => m.required && m.upload && !m.certificateTypes?.length && !m.exchangeSource;

const prefilledPointers = (def: ItemDefinition) => Object.keys((def.form['x-prefill'] ?? {}) as Record<string, string>);

// ---- the walk -------------------------------------------------------------------------------------------------

/** Uploads a material through POST /api/v1/files as a browser would, in a type its rule accepts. */
async function upload(applicant: Applicant, material: ItemDefinition['materials'][number]): Promise<string> {
  const pdf = material.upload!.accept.includes('application/pdf');
  const form = new FormData();
  form.append('file', new Blob([new Uint8Array(pdf ? makePdf(material.code) : makePng(1, 2, 3))], { type: pdf ? 'application/pdf' : 'image/png' }),
    `${material.code}.${pdf ? 'pdf' : 'png'}`);
  const request = new Request('http://tongban.test/api/v1/files', { method: 'POST', body: form });
  const res = await applicant.request({ method: 'POST', url: '/api/v1/files', payload: Buffer.from(await request.arrayBuffer()),
    headers: { 'content-type': request.headers.get('content-type')! } });
  expect(res.statusCode, res.body).toBe(201);
  return res.json<{ id: string }>().id;
}

/** One submission: every shared field once, each item's form without what the server fills, and the uploads. */
async function submit(code: BundleCode, applicant: Applicant): Promise<BundleView> {
  const bundle = await lifeEvent(code);
  // A shared field's example fits the item fields it fills (an ID number there is checked with its check character).
  const targetSchema = async (f: BundleDefinition['sharedFields'][number]) => {
    const target = f.mapsTo[0]!;
    const def = await item(target.item);
    let node = def.form as JsonSchema | undefined;
    for (const part of target.pointer.split('/').slice(1)) node = node?.properties?.[part];
    return node && (node as { format?: string }).format ? node : f.schema as JsonSchema;
  };
  const sharedData = Object.fromEntries(await Promise.all(bundle.sharedFields.map(async (f) => [f.name, exampleOf(await targetSchema(f))])));
  const forms: Record<string, unknown> = {};
  const materials: Record<string, { code: string; fileId: string }[]> = {};
  for (const itemCode of bundle.items) {
    const def = await item(itemCode);
    const shared = bundle.sharedFields.flatMap((f) => f.mapsTo.filter((m) => m.item === itemCode).map((m) => m.pointer));
    forms[itemCode] = exampleOf(def.form, new Set([...prefilledPointers(def), ...shared]));
    const own = def.materials.filter(onlyTheApplicantHas);
    if (own.length) materials[itemCode] = await Promise.all(own.map(async (m) => ({ code: m.code, fileId: await upload(applicant, m) })));
  }
  const res = await applicant.request({ method: 'POST', url: '/api/v1/bundle-applications', payload: { bundleCode: code, sharedData, forms, materials } });
  expect(res.statusCode, `${code}: ${res.body}`).toBe(201);
  const submitted = res.json<BundleView>();
  expect(submitted.applications.map((a) => a.itemCode).sort()).toEqual([...bundle.items].sort());
  for (const [itemCode, given] of Object.entries(materials)) {
    // What only the applicant has came by hand; what a department holds was fetched through data exchange.
    const attached = submitted.applications.find((a) => a.itemCode === itemCode)!.materials;
    expect(attached.filter((m) => m.source === 'upload')).toEqual(given.map((m) => ({ ...m, source: 'upload' })));
    expect(attached.filter((m) => m.source !== 'upload').every((m) => m.source === 'exchange')).toBe(true);
  }
  return submitted;
}

const bundleAs = async (applicant: Applicant, id: string) => {
  const res = await applicant.request({ method: 'GET', url: `/api/v1/bundle-applications/${id}` });
  expect(res.statusCode, res.body).toBe(200);
  return res.json<BundleView>();
};

/** Items accepted by a person are accepted by the demo window clerk; the rest were accepted at once. */
async function accept(submitted: BundleView): Promise<void> {
  const clerk = await asStaff('clerk');
  for (const app of submitted.applications) {
    if ((await item(app.itemCode)).workflow.acceptance === 'clerk') {
      expect(app.status, app.itemCode).toBe('submitted');
      const res = await clerk.request({ method: 'POST', url: `/api/v1/applications/${app.id}/accept` });
      expect(res.statusCode, `${app.itemCode}: ${res.body}`).toBe(200);
      expect(res.json<ApplicationView>().status).toBe('in_review');
    } else {
      expect(app.status, app.itemCode).toBe('in_review');
    }
  }
}

/**
 * Each demo reviewer looks at their queue and approves this bundle's tasks there; the last approval of a stage
 * opens the next, which the next round finds. It ends when a round finds nothing to do.
 */
async function review(submitted: BundleView): Promise<void> {
  const ours = new Set(submitted.applications.map((a) => a.id));
  const reviewers = DEMO_STAFF.filter((s) => s.role === 'reviewer');
  for (let round = 0; round < 10; round++) {
    let decided = 0;
    for (const r of reviewers) {
      const browser = await asStaff(r.username);
      const queue = (await browser.request({ method: 'GET', url: '/api/v1/tasks' })).json<QueueEntry[]>();
      for (const task of queue.filter((x) => ours.has(x.application.id))) {
        expect(task.departmentCode).toBe(r.department); // a reviewer sees only their own department's part
        const res = await browser.request({ method: 'POST', url: `/api/v1/tasks/${task.id}/decision`, payload: { decision: 'approve', reason: '材料齐全，符合条件' } });
        expect(res.statusCode, `${r.username}: ${res.body}`).toBe(200);
        decided += 1;
      }
    }
    if (decided === 0) return;
  }
}

// One message per step: the decision is one message (with the invitation to rate), not three (issue 14).
const INBOX_FOR_A_CASE = ['application.accepted', 'application.approved', 'application.submitted'];

const inbox = async (applicant: Applicant) => (await applicant.inbox.request({ method: 'GET', url: '/api/v1/inbox?limit=100' })).json<Message[]>();

/** Submitted, accepted, reviewed to the end: every application approved, the bundle approved, the applicant told. */
async function walkThrough(code: BundleCode): Promise<BundleView> {
  const applicant = applicants[code];
  const submitted = await submit(code, applicant);
  await accept(submitted);
  await review(submitted);
  const done = await bundleAs(applicant, submitted.id);
  const stuck = done.applications.flatMap((a) => a.tasks.filter((x) => x.status === 'open').map((x) => `${a.itemCode}: ${x.departmentCode} ${x.name.zh}`));
  expect(stuck, 'tasks still open that no demo reviewer found in their queue').toEqual([]);
  for (const app of done.applications) {
    const def = await item(app.itemCode);
    expect(app.status, app.itemCode).toBe('approved');
    // stage after stage: every stage of the workflow was opened, and each of its departments approved
    expect(app.tasks.map((x) => `${x.stage}:${x.departmentCode}:${x.status}`).sort(), app.itemCode)
      .toEqual(def.workflow.stages.flatMap((s, i) => s.tasks.map((x) => `${i}:${x.department}:approved`)).sort());
  }
  expect(done.status).toBe('approved');

  await t.tongban.runner.runDue();
  const messages = await inbox(applicant);
  for (const app of done.applications) {
    expect(messages.filter((m) => m.link === `/cases/${app.id}`).map((m) => m.template).sort(), app.itemCode).toEqual(INBOX_FOR_A_CASE);
  }
  return done;
}

const rate = (applicant: Applicant, applicationId: string, payload: { level: string; comment?: string }) =>
  applicant.request({ method: 'POST', url: `/api/v1/applications/${applicationId}/rating`, payload });

async function rateWell(code: BundleCode, done: BundleView): Promise<void> {
  const app = done.applications[0]!;
  const res = await rate(applicants[code], app.id, { level: 'very_satisfied', comment: '一次提交，全部办好' });
  expect(res.statusCode, res.body).toBe(201);
  expect(res.json()).toMatchObject({ applicationId: app.id, level: 'very_satisfied', rectification: null });
}

// ---- the five life events -------------------------------------------------------------------------------------

describe('一件事 on the demo city, from one submission to every item approved', () => {
  it('新生儿出生一件事: the mother applies once; the hospital, clinic, police, insurance, tax and social security approve', async () => {
    await rateWell('newborn', await walkThrough('newborn'));
  });

  it('企业开办一件事: the agent 李四 applies for 示范市云帆科技有限公司, uploading the articles; the clerk accepts the registration', async () => {
    await rateWell('company-start', await walkThrough('company-start'));
  });

  it('二手房交易一件事: the buyer applies once; contract, tax and registration review in parallel, then the certificate', async () => {
    await rateWell('second-hand-home-sale', await walkThrough('second-hand-home-sale'));
  });

  it('退休一件事: approval in two stages, the pension and retiree medical insurance', async () => {
    await rateWell('retirement', await walkThrough('retirement'));
  });

  it('身后一件事: the family applies once; a 不满意 reaches 民政局, whose reply reaches the family', async () => {
    const family = applicants['after-death'];
    const done = await walkThrough('after-death');
    const funeral = done.applications.find((a) => a.itemCode === 'death-registration-funeral')!;
    const rated = await rate(family, funeral.id, { level: 'dissatisfied', comment: '殡仪馆接运预约等了一整天' });
    expect(rated.statusCode, rated.body).toBe(201);
    expect(rated.json()).toMatchObject({ level: 'dissatisfied', label: { zh: '不满意' }, rectification: { status: 'open' } });

    const admin = await asStaff(`admin.${funeral.departmentCode}`);
    const queue = (await admin.request({ method: 'GET', url: '/api/v1/rectifications' })).json<{ id: string; applicationId: string; comment: string }[]>();
    const rectification = queue.find((r) => r.applicationId === funeral.id)!;
    expect(rectification).toMatchObject({ comment: '殡仪馆接运预约等了一整天' });
    const replied = await admin.request({ method: 'POST', url: `/api/v1/rectifications/${rectification.id}/reply`, payload: { reply: '已增开夜间接运专线，预约当日即可安排' } });
    expect(replied.statusCode, replied.body).toBe(200);
    expect((await family.request({ method: 'GET', url: `/api/v1/applications/${funeral.id}/rating` })).json())
      .toMatchObject({ rectification: { status: 'replied', reply: '已增开夜间接运专线，预约当日即可安排' } });
    await t.tongban.runner.runDue();
    expect((await inbox(family)).filter((m) => m.link === `/cases/${funeral.id}`).map((m) => m.template)).toContain('rectification.replied');
  });
});

// ---- what the walks rely on, checked one at a time ------------------------------------------------------------

describe('what the walks rely on', () => {
  it('every field an item binds in x-prefill is prefilled for the applicant of its life event', async () => {
    const missing: string[] = [];
    for (const code of BUNDLES) {
      for (const itemCode of (await lifeEvent(code)).items) {
        const def = await item(itemCode);
        const res = await applicants[code].request({ method: 'POST', url: '/api/v1/applications/drafts', payload: { itemCode } });
        expect(res.statusCode, `${itemCode}: ${res.body}`).toBe(201);
        const filled = new Set(res.json<{ prefilled: { pointer: string }[] }>().prefilled.map((p) => p.pointer));
        const bindings = (def.form['x-prefill'] ?? {}) as Record<string, string>;
        missing.push(...Object.entries(bindings).filter(([pointer]) => !filled.has(pointer)).map(([pointer, source]) => `${code} ${itemCode} ${pointer} ← ${source}`));
      }
    }
    expect(missing).toEqual([]);
  });

  it('every department that reviews a task of a life event has a demo reviewer', async () => {
    const reviewed = new Set(DEMO_STAFF.filter((s) => s.role === 'reviewer').map((s) => s.department));
    const without: string[] = [];
    for (const code of BUNDLES) {
      for (const itemCode of (await lifeEvent(code)).items) {
        for (const stage of (await item(itemCode)).workflow.stages) {
          without.push(...stage.tasks.filter((x) => !reviewed.has(x.department)).map((x) => `${code} ${itemCode}: ${x.department} ${x.name.zh}`));
        }
      }
    }
    expect(without).toEqual([]);
  });

  it('an enterprise\'s agent attaches the materials only the enterprise has, uploaded while acting for it', async () => {
    const agent = applicants['company-start'];
    const def = await item('enterprise-establishment-registration');
    const materials = await Promise.all(def.materials.filter(onlyTheApplicantHas).map(async (m) => ({ code: m.code, fileId: await upload(agent, m) })));
    expect(materials.map((m) => m.code)).toEqual(['application-form', 'articles-of-association']);
    // The whole form typed in, prefilled fields too, so that only the materials are in question here.
    const res = await agent.request({ method: 'POST', url: '/api/v1/applications', payload: { itemCode: def.code, formData: exampleOf(def.form), materials } });
    expect(res.statusCode, res.body).toBe(201);
  });

  it('the legal representative, whom /me offers to act for the enterprise, may act for it', async () => {
    const zhangsan = applicants['company-start'].inbox;
    const me = (await zhangsan.request({ method: 'GET', url: '/api/v1/me' })).json<{ abilities: string[]; canActFor: { enterprises: { id: string; as: string }[] } }>();
    expect(me.abilities).toContain('act_for_enterprise');
    const own = me.canActFor.enterprises.find((e) => e.as === 'legal_representative')!;
    const res = await zhangsan.request({ method: 'GET', url: '/api/v1/me', headers: { 'x-acting-for': `enterprise:${own.id}` } });
    expect(res.statusCode, res.body).toBe(200);
  });
});
