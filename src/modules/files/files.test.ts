// Uploaded materials over real HTTP multipart: stored once per content, judged by their bytes, returned
// byte-identical to their owner, refused to strangers without a hint that they exist, read by staff only with a
// purpose the owner can see, and never served once changed on disk.
import fs from 'node:fs';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { days } from '../../platform/clock.js';
import { queryRows } from '../../platform/db.js';
import { seedDemo } from '../../demo/seed.js';
import { findDepartment } from '../directory/index.js';
import { makeCitizen, makeStaff, signInBrowser, type Browser, type TestCitizen } from '../../test/factories.js';
import { startTestApp, type TestApp } from '../../test/harness.js';
import { importTestCatalog } from '../../test/catalog-fixture.js';
import { checkAccept, getFileMeta, readFile, storeFile } from './index.js';
import { contentDisposition } from './routes.js';
import { cleanName } from './service.js';
import { makePdf, makePng } from '../../test/samples.js';
import { blobPath, storeRoot } from './store.js';

const MAX = 64 * 1024; // FILE_MAX_BYTES for this suite: small, so "too large" needs no 20 MiB body

// ---- HTTP helpers ---------------------------------------------------------------------------------------------

interface Part {
  bytes: Uint8Array;
  filename: string;
  type?: string; // the part's Content-Type; '' lets the client say application/octet-stream
  field?: string;
}

/** A multipart body as a browser's fetch would send it (Node's own FormData and Request). */
async function multipart(parts: Part[]): Promise<{ payload: Buffer; headers: Record<string, string> }> {
  const form = new FormData();
  for (const p of parts) form.append(p.field ?? 'file', new Blob([new Uint8Array(p.bytes)], { type: p.type ?? '' }), p.filename);
  const request = new Request('http://tongban.test/api/v1/files', { method: 'POST', body: form });
  return { payload: Buffer.from(await request.arrayBuffer()), headers: { 'content-type': request.headers.get('content-type')! } };
}

async function upload(browser: Browser, part: Part | Part[], extraHeaders: Record<string, string> = {}) {
  const { payload, headers } = await multipart(Array.isArray(part) ? part : [part]);
  return browser.request({ method: 'POST', url: '/api/v1/files', payload, headers: { ...headers, ...extraHeaders } });
}

const download = (browser: Browser, id: string, query = '', headers: Record<string, string> = {}) =>
  browser.request({ method: 'GET', url: `/api/v1/files/${id}/content${query}`, headers });

// ---- state ----------------------------------------------------------------------------------------------------

let t: TestApp;
let citizen: TestCitizen;
let me: Browser;
let stranger: Browser;
let reviewer: Browser;
let civilReviewer: Browser;
let farClerk: Browser;
let clerkActor: Awaited<ReturnType<typeof makeStaff>>['actor'];

const rowCount = async () => (await queryRows<{ n: number }>(t.tongban.platform.database.db, sql`SELECT count(*)::int AS n FROM files`))[0]!.n;

/** Every stored blob on disk, and anything left in the temporary folder. */
function disk(): { blobs: string[]; incoming: string[] } {
  const root = storeRoot(t.config.dataDir);
  const walk = (dir: string): string[] => (fs.existsSync(dir) ? fs.readdirSync(dir, { withFileTypes: true }) : [])
    .flatMap((e) => (e.isDirectory() ? walk(path.join(dir, e.name)) : [path.join(dir, e.name)]));
  const all = walk(root);
  const incoming = path.join(root, '.incoming');
  return { blobs: all.filter((f) => !f.startsWith(incoming)), incoming: all.filter((f) => f.startsWith(incoming)) };
}

beforeAll(async () => {
  t = await startTestApp({ env: { FILE_MAX_BYTES: String(MAX) } });
  await seedDemo(t.system);
  const gaj = (await findDepartment(t.system, '339900', 'gaj'))!;
  const sjj = (await findDepartment(t.system, '339900', 'sjj'))!;
  citizen = await makeCitizen(t, { name: '王芳' });
  const other = await makeCitizen(t, { name: '赵六' });
  await importTestCatalog(t);
  await makeStaff(t, [{ role: 'reviewer', departmentId: gaj.id }], 'files-reviewer');
  await makeStaff(t, [{ role: 'reviewer', departmentId: (await findDepartment(t.system, '339900', 'mzj'))!.id }], 'files-civil');
  await makeStaff(t, [{ role: 'window_clerk', departmentId: (await findDepartment(t.system, '339903', 'gaj'))!.id }], 'files-far-clerk');
  clerkActor = (await makeStaff(t, [{ role: 'window_clerk', departmentId: sjj.id }], 'files-clerk')).actor;
  [me, stranger, reviewer, civilReviewer, farClerk] = await Promise.all([signInBrowser(t, citizen.idNumber), signInBrowser(t, other.idNumber),
    signInBrowser(t, 'files-reviewer'), signInBrowser(t, 'files-civil'), signInBrowser(t, 'files-far-clerk')]);
});
afterAll(() => t.close());

describe('uploading and downloading', () => {
  it('a citizen uploads a PDF and a PNG and gets both back byte for byte, as attachments that are never sniffed', async () => {
    const pdf = makePdf('household register');
    const png = makePng(200, 30, 30);
    for (const [bytes, filename, type, mediaType] of [[pdf, '户口簿.pdf', 'application/pdf', 'application/pdf'], [png, 'photo.png', 'image/png', 'image/png']] as const) {
      const res = await upload(me, { bytes, filename, type });
      expect(res.statusCode, res.body).toBe(201);
      const meta = res.json();
      expect(meta).toEqual({ id: expect.any(String), sha256: expect.stringMatching(/^[0-9a-f]{64}$/), size: bytes.length, mediaType, originalName: filename });

      const got = await download(me, meta.id);
      expect(got.statusCode).toBe(200);
      expect(got.rawPayload.equals(bytes)).toBe(true);
      expect(got.headers['content-type']).toBe(mediaType);
      expect(got.headers['content-length']).toBe(String(bytes.length));
      expect(got.headers['content-disposition']).toMatch(/^attachment; /);
      expect(got.headers['content-disposition']).toContain(`filename*=UTF-8''${encodeURIComponent(filename)}`);
      expect(got.headers['x-content-type-options']).toBe('nosniff');
      expect(got.headers['cache-control']).toContain('no-store');

      const info = (await me.request({ method: 'GET', url: `/api/v1/files/${meta.id}` })).json();
      expect(info).toMatchObject({ ...meta, ownerPersonId: citizen.person.id, createdAt: '2026-03-02T01:00:00.000Z' });
    }
  });

  it('the type comes from the content: a PDF sent as application/octet-stream is still a PDF', async () => {
    const res = await upload(me, { bytes: makePdf('no claim'), filename: 'scan', type: '' });
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({ mediaType: 'application/pdf', originalName: 'scan' });
  });

  it('stores the same bytes once on disk, however many times they are uploaded', async () => {
    const bytes = makePdf('uploaded twice');
    const before = { rows: await rowCount(), blobs: disk().blobs.length };
    const first = (await upload(me, { bytes, filename: 'a.pdf', type: 'application/pdf' })).json();
    const second = (await upload(me, { bytes, filename: 'b.pdf', type: 'application/pdf' })).json();
    expect(second.id).not.toBe(first.id);
    expect(second.sha256).toBe(first.sha256);
    expect(await rowCount()).toBe(before.rows + 2);
    expect(disk().blobs.length).toBe(before.blobs + 1);
    const file = blobPath(t.config.dataDir, first.sha256);
    expect(file).toBe(path.join(t.config.dataDir, 'files', first.sha256.slice(0, 2), first.sha256.slice(2, 4), first.sha256));
    expect(fs.readFileSync(file).equals(bytes)).toBe(true);
    expect(disk().incoming).toEqual([]);
    expect((await download(me, second.id)).rawPayload.equals(bytes)).toBe(true);
  });

  it('takes one file per request: a second file in the same form is not stored', async () => {
    const before = await rowCount();
    const res = await upload(me, [{ bytes: makePdf('first of two'), filename: 'one.pdf' }, { bytes: makePng(4, 4, 4), filename: 'two.png' }]);
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({ originalName: 'one.pdf', mediaType: 'application/pdf' });
    expect(await rowCount()).toBe(before + 1);
  });

  it('records each upload in the audit trail, against the owner, without the file name', async () => {
    const res = (await upload(me, { bytes: makePng(1, 2, 3), filename: '王芳身份证.png', type: 'image/png' })).json();
    const [entry] = await queryRows<{ actor: string; subject_person_id: string; details: Record<string, unknown> }>(t.tongban.platform.database.db,
      sql`SELECT actor, subject_person_id, details FROM audit_log WHERE action = 'file.uploaded' AND subject_id = ${res.id}`);
    expect(entry).toMatchObject({ actor: `account:${citizen.account.id}`, subject_person_id: citizen.person.id,
      details: { sha256: res.sha256, size: res.size, mediaType: 'image/png' } });
    expect(JSON.stringify(entry)).not.toContain('身份证');
  });
});

describe('refusals leave nothing behind', () => {
  async function refused(part: Part | Part[], status: number, code: string, headers: Record<string, string> = {}) {
    const before = { rows: await rowCount(), blobs: disk().blobs.length };
    const res = await upload(me, part, headers);
    expect(res.statusCode, res.body).toBe(status);
    const error = res.json().error;
    expect(error.code).toBe(code);
    expect(error.message.zh.length).toBeGreaterThan(0);
    expect(error.message.en.length).toBeGreaterThan(0);
    expect(await rowCount()).toBe(before.rows);
    expect(disk().blobs.length).toBe(before.blobs);
    expect(disk().incoming).toEqual([]);
    return error;
  }

  it('a text file renamed .pdf is refused with 415 naming the file field', async () => {
    const error = await refused({ bytes: Buffer.from('这不是 PDF，只是一段文字。\n'), filename: 'contract.pdf', type: 'application/pdf' }, 415, 'files.type_unsupported');
    expect(error.field).toBe('/file');
    expect(error.message.zh).toContain('PDF');
  });

  it('a type the client declares that contradicts the content is refused', async () => {
    const error = await refused({ bytes: makePng(9, 9, 9), filename: 'x.pdf', type: 'application/pdf' }, 415, 'files.type_mismatch');
    expect(error).toMatchObject({ field: '/file', message: { en: 'The file is declared as application/pdf but its content is PNG' } });
    await refused({ bytes: makePdf('html?'), filename: 'x.html', type: 'text/html' }, 415, 'files.type_mismatch');
  });

  it('a file over FILE_MAX_BYTES is refused with 413, even when its first bytes look right', async () => {
    const big = Buffer.concat([makePdf('big'), Buffer.alloc(MAX, 0x20)]);
    const error = await refused({ bytes: big, filename: 'big.pdf', type: 'application/pdf' }, 413, 'files.too_large');
    expect(error).toMatchObject({ field: '/file', message: { zh: '文件不能超过 64 KB' } });
  });

  it('a file of exactly FILE_MAX_BYTES is accepted', async () => {
    const pdf = makePdf('exactly at the limit');
    const exact = Buffer.concat([pdf, Buffer.alloc(MAX - pdf.length, 0x0a)]);
    const res = await upload(me, { bytes: exact, filename: 'exact.pdf', type: 'application/pdf' });
    expect(res.statusCode).toBe(201);
    expect(res.json().size).toBe(MAX);
  });

  it('an empty file is refused with 422', async () => {
    expect((await refused({ bytes: new Uint8Array(0), filename: 'empty.pdf', type: 'application/pdf' }, 422, 'files.empty')).field).toBe('/file');
  });

  it('an upload without a file field, or not as multipart, says how to send it', async () => {
    expect((await refused({ bytes: makePdf('wrong field'), filename: 'a.pdf', field: 'document' }, 400, 'files.file_missing')).field).toBe('/file');
    const json = await me.request({ method: 'POST', url: '/api/v1/files', payload: { file: 'JVBERi0=' } });
    expect(json.statusCode).toBe(415);
    expect(json.json().error).toMatchObject({ code: 'files.multipart_required', field: '/file' });
    const raw = await me.request({ method: 'POST', url: '/api/v1/files', payload: makePdf('raw body'), headers: { 'content-type': 'application/pdf' } });
    expect(raw.json().error.code).toBe('files.multipart_required');
  });

  it('a multipart body cut off mid-file is refused as incomplete', async () => {
    const { payload, headers } = await multipart([{ bytes: makePdf('cut off'), filename: 'a.pdf', type: 'application/pdf' }]);
    const res = await me.request({ method: 'POST', url: '/api/v1/files', payload: payload.subarray(0, payload.length - 60), headers });
    expect(res.statusCode).toBe(400);
    expect(res.json().error).toMatchObject({ code: 'files.upload_incomplete', field: '/file' });
    expect(disk().incoming).toEqual([]);
    const noBoundary = await me.request({ method: 'POST', url: '/api/v1/files', payload: 'x', headers: { 'content-type': 'multipart/form-data' } });
    expect(noBoundary.statusCode).toBe(400);
    expect(noBoundary.json().error.code).toBe('files.upload_incomplete');
  });

  it('a cookie-authenticated upload without the CSRF token is refused', async () => {
    const { payload, headers } = await multipart([{ bytes: makePdf('csrf'), filename: 'a.pdf' }]);
    const res = await me.request({ method: 'POST', url: '/api/v1/files', payload, headers, csrf: false });
    expect(res.statusCode).toBe(403);
    expect(res.json().error.code).toBe('platform.csrf_rejected');
  });
});

describe('who may read a file', () => {
  let fileId: string;
  let bytes: Buffer;

  let loose: string;
  let caseNumber: string;

  beforeAll(async () => {
    bytes = makePdf('marriage certificate');
    fileId = (await upload(me, { bytes, filename: '结婚证.pdf', type: 'application/pdf' })).json().id;
    loose = (await upload(me, { bytes: makePdf('on no case'), filename: '草稿.pdf', type: 'application/pdf' })).json().id;
    // The file goes with a case that the police handle (residence-permit, handled by gaj in the city).
    const filed = await me.request({ method: 'POST', url: '/api/v1/applications', payload: { itemCode: 'residence-permit', formData: { address: '东湖区湖滨路 1 号' },
      materials: [{ code: 'tenancy-contract', fileId }] } });
    expect(filed.statusCode, filed.body).toBe(201);
    caseNumber = filed.json().number;
  });

  it('staff read a file only through a case their department works on: a file on no case, or on another department\'s case, is not found (issue 13 item 8)', async () => {
    const why = `?purpose=${encodeURIComponent('办件 SB-2026-000321 材料审查')}`;
    for (const url of [`/api/v1/files/${loose}${why}`, `/api/v1/files/${loose}/content${why}`]) expect((await reviewer.request({ method: 'GET', url })).statusCode, url).toBe(404);
    for (const url of [`/api/v1/files/${fileId}${why}`, `/api/v1/files/${fileId}/content${why}`]) {
      expect((await civilReviewer.request({ method: 'GET', url })).statusCode, url).toBe(404);
      expect((await farClerk.request({ method: 'GET', url })).statusCode, url).toBe(404);
      expect((await reviewer.request({ method: 'GET', url })).statusCode, url).toBe(200);
    }
  });

  it('another citizen learns nothing: 404, the same as for a file that does not exist', async () => {
    const nowhere = await stranger.request({ method: 'GET', url: '/api/v1/files/00000000-0000-4000-8000-000000000000' });
    for (const url of [`/api/v1/files/${fileId}`, `/api/v1/files/${fileId}/content`, `/api/v1/files/${fileId}/content?purpose=${encodeURIComponent('好奇')}`]) {
      const res = await stranger.request({ method: 'GET', url });
      expect(res.statusCode, url).toBe(404);
      expect(res.json()).toEqual(nowhere.json());
    }
  });

  it('a reviewer must state a purpose', async () => {
    for (const url of [`/api/v1/files/${fileId}`, `/api/v1/files/${fileId}/content`]) {
      const res = await reviewer.request({ method: 'GET', url });
      expect(res.statusCode, url).toBe(400);
      expect(res.json().error).toMatchObject({ code: 'files.purpose_required', field: 'query:/purpose', message: { zh: expect.stringContaining('用途') } });
    }
  });

  it('a reviewer with a purpose reads the file, and the owner sees who, when and why', async () => {
    t.clock.set('2026-03-02T09:10:00+08:00');
    const purpose = '办件 SB-2026-000321 材料审查';
    const res = await download(reviewer, fileId, `?purpose=${encodeURIComponent(purpose)}`);
    expect(res.statusCode).toBe(200);
    expect(res.rawPayload.equals(bytes)).toBe(true);
    const log = (await me.request({ method: 'GET', url: '/api/v1/me/data-access' })).json();
    expect(log[0]).toMatchObject({ at: '2026-03-02T01:10:00.000Z', action: 'personal_data.read', purpose: `${purpose}（办件 ${caseNumber}）`, actor: expect.stringMatching(/^account:/),
      fields: [`files/${fileId}/content`] });
  });

  it('the owner reading their own file leaves no entry in their access log', async () => {
    const before = (await me.request({ method: 'GET', url: '/api/v1/me/data-access' })).json();
    expect((await download(me, fileId)).statusCode).toBe(200);
    expect((await me.request({ method: 'GET', url: '/api/v1/me/data-access' })).json()).toEqual(before);
  });

  it('a helper acting for the owner (帮办代办) uploads for her and reads her files, under the delegation she sees', async () => {
    const son = await makeCitizen(t, { name: '王小明' });
    const sonBrowser = await signInBrowser(t, son.idNumber);
    const validUntil = new Date(t.clock.now().getTime() + days(30)).toISOString();
    const delegation = await me.request({ method: 'POST', url: '/api/v1/delegations', payload: {
      agentIdNumber: son.idNumber, agentName: '王小明', scopes: ['applications.submit', 'applications.read'], validUntil } });
    expect(delegation.statusCode).toBe(201);
    const asHer = { 'x-acting-for': `person:${citizen.person.id}` };

    const sent = await upload(sonBrowser, { bytes: makePng(5, 6, 7), filename: '照片.png', type: 'image/png' }, asHer);
    expect(sent.statusCode).toBe(201);
    expect((await me.request({ method: 'GET', url: `/api/v1/files/${sent.json().id}` })).json().ownerPersonId).toBe(citizen.person.id);

    expect((await download(sonBrowser, fileId, '', asHer)).rawPayload.equals(bytes)).toBe(true);
    const log = (await me.request({ method: 'GET', url: '/api/v1/me/data-access' })).json();
    expect(log[0]).toMatchObject({ purpose: `代办授权 ${delegation.json().id}`, actor: `account:${son.account.id}`, fields: [`files/${fileId}/content`] });
    expect((await download(sonBrowser, fileId)).statusCode).toBe(404); // not while acting as himself
  });

  it('a malformed id is a 400 naming the parameter', async () => {
    const res = await me.request({ method: 'GET', url: '/api/v1/files/not-a-uuid' });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.field).toBe('params:/id');
  });
});

describe('over a real connection', () => {
  let base: string;
  beforeAll(async () => {
    base = await t.tongban.http.listen({ host: '127.0.0.1', port: 0 });
  });

  const send = async (bytes: Buffer, field = 'file') => {
    const form = new FormData();
    form.append(field, new Blob([new Uint8Array(bytes)], { type: 'application/pdf' }), '申请材料.pdf');
    const res = await fetch(`${base}/api/v1/files`, { method: 'POST', body: form, headers: { authorization: `Bearer ${me.token}` } });
    return { status: res.status, body: await res.json() };
  };

  it('answers refusals before reading the whole body, and the kept-alive connection still serves the next upload', async () => {
    const bulky = Buffer.concat([makePdf('bulky'), Buffer.alloc(3 * 1024 * 1024, 0x20)]);
    expect(await send(bulky)).toMatchObject({ status: 413, body: { error: { code: 'files.too_large' } } });
    expect(await send(bulky, 'attachment')).toMatchObject({ status: 400, body: { error: { code: 'files.file_missing' } } });
    const raw = await fetch(`${base}/api/v1/files`, { method: 'POST', body: new Uint8Array(bulky), headers: { authorization: `Bearer ${me.token}`, 'content-type': 'application/pdf' } });
    expect(raw.status).toBe(415);
    await raw.body?.cancel();
    const ok = await send(makePdf('after the refusals'));
    expect(ok).toMatchObject({ status: 201, body: { originalName: '申请材料.pdf', mediaType: 'application/pdf' } });
    expect(disk().incoming).toEqual([]);
  });
});

describe('integrity on disk', () => {
  it('a file changed on disk is reported as an error and its bytes are not served', async () => {
    const bytes = makePdf('to be tampered with');
    const sent = (await upload(me, { bytes, filename: 'tampered.pdf', type: 'application/pdf' })).json();
    const file = blobPath(t.config.dataDir, sent.sha256);
    const changed = Buffer.from(bytes);
    changed[changed.indexOf('tampered')] = 'T'.charCodeAt(0); // same size, one letter different
    fs.writeFileSync(file, changed);

    const res = await download(me, sent.id);
    expect(res.statusCode).toBe(500);
    expect(res.json().error.code).toBe('files.integrity_failed');
    expect(res.body).not.toContain('Tampered');
    expect(res.headers['content-disposition']).toBeUndefined();
    expect(t.logs.join('')).toContain('files.integrity_failed');

    fs.rmSync(file);
    expect((await download(me, sent.id)).json().error.code).toBe('files.integrity_failed');

    // Uploading the true bytes again puts the good copy back.
    expect((await upload(me, { bytes, filename: 'again.pdf', type: 'application/pdf' })).json().sha256).toBe(sent.sha256);
    expect((await download(me, sent.id)).rawPayload.equals(bytes)).toBe(true);
  });
});

describe('the service, for other modules', () => {
  it('stores bytes given directly: a window clerk scans a walk-in\'s paper (帮办代办 at the window)', async () => {
    const meta = await storeFile(t.ctxFor(clerkActor), { bytes: makePdf('walk-in'), originalName: 'C:\\fakepath\\申请表.pdf', ownerPersonId: citizen.person.id });
    expect(meta).toMatchObject({ originalName: '申请表.pdf', mediaType: 'application/pdf', ownerPersonId: citizen.person.id });
    expect((await getFileMeta(t.ctxFor(citizen.actor), meta.id)).id).toBe(meta.id);
    const { stream } = await readFile(t.ctxFor(citizen.actor), meta.id);
    const chunks: Buffer[] = [];
    for await (const c of stream) chunks.push(c as Buffer);
    expect(Buffer.concat(chunks).equals(makePdf('walk-in'))).toBe(true);
  });

  it('refuses a citizen storing a file as someone else\'s material', async () => {
    const other = await makeCitizen(t);
    await expect(storeFile(t.ctxFor(other.actor), { bytes: makePdf('not mine'), originalName: 'x.pdf', ownerPersonId: citizen.person.id }))
      .rejects.toMatchObject({ code: 'files.owner_not_allowed', status: 403 });
  });

  it('keeps file names printable and folder-free', () => {
    expect(cleanName('../../etc/passwd')).toBe('passwd');
    expect(cleanName('a\u0000b\r\nc.pdf')).toBe('abc.pdf');
    expect(cleanName('   ')).toBe('file');
    expect(contentDisposition('身份证 "正面".jpg')).toBe(`attachment; filename="___ ____.jpg"; filename*=UTF-8''${encodeURIComponent('身份证 "正面".jpg')}`);
  });
});

describe('checkAccept: does a stored file satisfy a material\'s upload rule', () => {
  const pdf = { mediaType: 'application/pdf', size: 300_000 };

  it('accepts a file of an allowed type within the size', () => {
    expect(checkAccept(pdf, { accept: ['application/pdf', 'image/jpeg'], maxBytes: 20_971_520 })).toBeNull();
    expect(checkAccept({ mediaType: 'image/png', size: 10 }, { accept: ['image/*'], maxBytes: 1024 })).toBeNull();
    expect(checkAccept(pdf, { accept: ['application/pdf'], maxBytes: 300_000 })).toBeNull(); // the limit itself is allowed
  });

  it('names the accepted formats when the type is wrong', () => {
    expect(checkAccept(pdf, { accept: ['image/jpeg'], maxBytes: 2_097_152 })).toEqual({ code: 'files.type_not_accepted',
      message: { zh: '该材料只接受 JPEG 格式，此文件为 PDF', en: 'This material accepts JPEG only; this file is PDF' } });
    expect(checkAccept({ mediaType: 'image/png', size: 10 }, { accept: ['application/pdf', 'image/jpeg'], maxBytes: 1024 })?.message.zh)
      .toBe('该材料只接受 PDF、JPEG 格式，此文件为 PNG');
  });

  it('names both sizes when the file is too large for the material', () => {
    expect(checkAccept({ mediaType: 'image/jpeg', size: 3_565_158 }, { accept: ['image/jpeg'], maxBytes: 2_097_152 })).toEqual({
      code: 'files.too_large_for_material',
      message: { zh: '该材料的文件不能超过 2 MB，此文件为 3.4 MB', en: 'A file for this material may be at most 2 MB; this one is 3.4 MB' } });
  });
});
