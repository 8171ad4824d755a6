// Paper at the window (线下收件): a clerk files for a walk-in with the paper they brought, scanned or with the
// original seen, as each material's rule in the catalog says; without it the filing fails "missing material".
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD, DEMO_PEOPLE, seedDemo, seedDemoCatalog } from '../../demo/seed.js';
import { startTestApp, type TestApp } from '../../test/harness.js';
import { signInBrowser, type Browser } from '../../test/factories.js';
import { makePng } from '../../test/samples.js';
import { personIdByIdNumber } from '../identity/index.js';

const ITEM = 'temporary-assistance';
let t: TestApp;
let clerk: Browser;
let citizen: Browser;
let personId: string;

const formData = { hardship: { kind: 'sudden-illness', description: '突发重病住院', urgent: true }, applicant: { phone: '13800000004' } };

async function upload(who: Browser, forPersonId?: string): Promise<string> {
  const boundary = 'paperboundary';
  const body = Buffer.concat([Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="bill.png"\r\nContent-Type: image/png\r\n\r\n`),
    makePng(10, 20, 30), Buffer.from(`\r\n--${boundary}--\r\n`)]);
  const res = await who.request({ method: 'POST', url: `/api/v1/files${forPersonId ? `?forPersonId=${forPersonId}` : ''}`, payload: body,
    headers: { 'content-type': `multipart/form-data; boundary=${boundary}` } });
  expect(res.statusCode, res.body).toBe(201);
  return res.json<{ id: string }>().id;
}

const file = (who: Browser, materials: unknown[], extra: Record<string, unknown> = {}) => who.request({ method: 'POST', url: '/api/v1/applications',
  payload: { itemCode: ITEM, formData, materials, forPersonId: personId, citizenConfirmed: true, ...extra } });

beforeAll(async () => {
  t = await startTestApp({ env: { SIGNIN_RATE_LIMIT: '10000' } });
  await seedDemo(t.system);
  await seedDemoCatalog(t.system);
  clerk = await signInBrowser(t, 'clerk', DEMO_PASSWORD);
  citizen = await signInBrowser(t, DEMO_PEOPLE.wangfang.idNumber, DEMO_PASSWORD);
  personId = (await personIdByIdNumber(t.system, DEMO_PEOPLE.wangfang.idNumber))!;
});
afterAll(() => t?.close());

describe('paper materials at the window', () => {
  it('without the paper, a walk-in\'s filing fails on the missing material (what the clerk could not record before)', async () => {
    const res = await file(clerk, []);
    expect(res.statusCode).toBe(422);
    expect(res.json().error).toMatchObject({ code: 'cases.material_missing' });
  });

  it('files with a scan kept on the case and an original seen by the clerk', async () => {
    const scan = await upload(clerk, personId);
    const res = await file(clerk, [{ code: 'hardship-proof', paper: 'scan', fileId: scan }, { code: 'check-authorisation', paper: 'original_seen' }]);
    expect(res.statusCode, res.body).toBe(201);
    const filed = res.json<{ id: string; materials: { code: string; source: string; fileId: string | null }[] }>();
    expect(filed.materials).toEqual(expect.arrayContaining([
      expect.objectContaining({ code: 'hardship-proof', source: 'paper', fileId: scan }),
      expect.objectContaining({ code: 'check-authorisation', source: 'paper', fileId: null }),
    ]));
    const reuse = (await clerk.request({ method: 'GET', url: `/api/v1/applications/${filed.id}/reuse` })).json<{ byHand: number }>();
    expect(reuse.byHand).toBe(2); // paper counts as handed in, not reused
  });

  it('holds each material to its rule: a scan-only material cannot be "original seen"; a scan needs its file', async () => {
    const seen = await file(clerk, [{ code: 'hardship-proof', paper: 'original_seen' }, { code: 'check-authorisation', paper: 'original_seen' }]);
    expect(seen.statusCode).toBe(422);
    expect(seen.json().error).toMatchObject({ code: 'cases.paper_not_accepted', field: '/materials/0/paper' });
    const noFile = await file(clerk, [{ code: 'hardship-proof', paper: 'scan' }]);
    expect(noFile.json().error).toMatchObject({ code: 'cases.paper_scan_file', field: '/materials/0/fileId' });
  });

  it('takes paper only at a window: a citizen online uploads instead', async () => {
    const res = await citizen.request({ method: 'POST', url: '/api/v1/applications', payload: { itemCode: ITEM, formData,
      materials: [{ code: 'check-authorisation', paper: 'original_seen' }] } });
    expect(res.statusCode).toBe(422);
    expect(res.json().error).toMatchObject({ code: 'cases.paper_window_only', field: '/materials/0/paper' });
  });

  it('a citizen cannot upload a file as someone else\'s', async () => {
    const boundary = 'b';
    const res = await citizen.request({ method: 'POST', url: `/api/v1/files?forPersonId=${personId.replace(/.$/, '0')}`,
      payload: Buffer.concat([Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="x.png"\r\nContent-Type: image/png\r\n\r\n`), makePng(1, 2, 3), Buffer.from(`\r\n--${boundary}--\r\n`)]),
      headers: { 'content-type': `multipart/form-data; boundary=${boundary}` } });
    expect(res.statusCode).toBe(403);
  });
});
