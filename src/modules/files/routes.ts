import type { Readable } from 'node:stream';
import multipart, { type MultipartFile } from '@fastify/multipart';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import type { Platform } from '../../platform/context.js';
import { errors, IdParams, IsoDateTime, Uuid } from '../../platform/http/schemas.js';
import { fileMissing, multipartRequired, tooManyParts, uploadIncomplete } from './errors.js';
import { getFileMeta, readFile, storeFile } from './service.js';
import { actingNeeds } from '../identity/index.js';

const Uploaded = {
  id: Uuid, sha256: Type.String({ pattern: '^[0-9a-f]{64}$' }), size: Type.Integer({ minimum: 1 }),
  mediaType: Type.String({ description: 'Detected from the content: application/pdf, image/jpeg or image/png' }), originalName: Type.String(),
};
const UploadedSchema = Type.Object(Uploaded);
const FileMetaSchema = Type.Object({ ...Uploaded, ownerPersonId: Type.Union([Uuid, Type.Null()]), createdAt: IsoDateTime });
const Purpose = Type.String({ minLength: 2, maxLength: 200, description: 'Staff only: why the file is read, a case number or a legal basis (法无授权不可为)' });
const ReadQuery = Type.Object({ purpose: Type.Optional(Purpose) }, { additionalProperties: false });
const Binary = Type.Unsafe<Readable>({ type: 'string', format: 'binary', description: 'The bytes as uploaded, checked against their SHA-256' });
const tags = ['files'];

// What the multipart parser rejects while reading the body is the client's mistake: a 4xx, never a 500.
const PARSER_LIMITS = new Set(['FST_PARTS_LIMIT', 'FST_FILES_LIMIT', 'FST_FIELDS_LIMIT']);
function translate(err: unknown): unknown {
  const code = (err as { code?: unknown } | null)?.code;
  if (typeof code === 'string' && PARSER_LIMITS.has(code)) return tooManyParts(err);
  if (code === 'FST_INVALID_MULTIPART_CONTENT_TYPE') return multipartRequired();
  return uploadIncomplete(err); // a missing boundary, a cut-off body, a forbidden field name
}

/** The upload as it arrives; a broken or cut-off multipart body is the client's problem, not a 500. */
async function* uploadStream(part: MultipartFile): AsyncGenerator<Buffer> {
  try {
    for await (const chunk of part.file) yield chunk as Buffer;
  } catch (err) {
    throw uploadIncomplete(err);
  }
}

/** RFC 6266: a plain ASCII fallback for old clients, and the real (often Chinese) name in RFC 5987 form. */
export function contentDisposition(name: string): string {
  const fallback = Array.from(name).map((c) => (/^[\x20-\x7e]$/.test(c) && c !== '"' && c !== '\\' ? c : '_')).join('');
  const encoded = encodeURIComponent(name).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  return `attachment; filename="${fallback}"; filename*=UTF-8''${encoded}`;
}

export const filesRoutes: FastifyPluginAsyncTypebox<{ platform: Platform }> = async (app, { platform: { config } }) => {
  // Only this module's routes take multipart bodies (encapsulation); one file, a few small fields at most.
  // fileSize one past the limit lets storeFile see the excess and refuse with its own bilingual 413.
  await app.register(multipart, {
    limits: { files: 1, fileSize: config.fileMaxBytes + 1, fields: 10, fieldSize: 1024, parts: 12, headerPairs: 50 },
    throwFileSizeLimit: false,
  });
  app.addContentTypeParser('*', (_req, _payload, done) => done(multipartRequired()));

  app.post('/api/v1/files', {
    config: { access: 'signed-in', acting: actingNeeds.applicationsSubmit },
    schema: {
      tags, summary: '上传材料 Upload a material (multipart/form-data, field "file": PDF, JPEG or PNG)', consumes: ['multipart/form-data'],
      description: 'The file belongs to the signed-in person, or to the person they act for (X-Acting-For), or, for a window clerk '
        + 'scanning a walk-in\'s paper, to the person named in forPersonId. Its type is judged by its content. One file per request: only the first file part is stored.',
      querystring: Type.Object({ forPersonId: Type.Optional(Type.String({ format: 'uuid', description: 'window clerks only: the walk-in whose paper this scan is (线下收件)' })) }, { additionalProperties: false }),
      response: { 201: UploadedSchema, ...errors(400, 401, 403, 413, 415, 422) },
    },
  }, async (req, reply) => {
    if (!req.isMultipart()) throw multipartRequired();
    const part = await req.file().catch((err: unknown) => Promise.reject(translate(err)));
    if (!part) throw fileMissing();
    try {
      if (part.fieldname !== 'file') throw fileMissing();
      const { actor } = req.ctx;
      // A clerk's scan belongs to the walk-in it is for (storeFile's policy admits only clerks for someone else).
      const owner = req.query.forPersonId ?? (actor.actingFor?.kind === 'person' ? actor.actingFor.personId : actor.personId);
      const meta = await storeFile(req.ctx, { stream: uploadStream(part), originalName: part.filename, declaredType: part.mimetype, ownerPersonId: owner });
      return await reply.code(201).send(meta);
    } finally {
      // A refused upload is not read to its end. The rest of the body is read and dropped (not parsed, not
      // stored), so the client still gets our answer and its keep-alive connection is not left stuck.
      if (!part.file.readableEnded) {
        part.file.destroy();
        req.raw.unpipe();
        req.raw.resume();
      }
    }
  });

  app.get('/api/v1/files/:id', {
    config: { access: 'signed-in', acting: actingNeeds.applicationsRead },
    schema: { tags, summary: '材料信息 File details (staff state a purpose)', params: IdParams, querystring: ReadQuery,
      response: { 200: FileMetaSchema, ...errors(400, 401, 404) } },
  }, (req) => getFileMeta(req.ctx, req.params.id, { purpose: req.query.purpose }));

  app.get('/api/v1/files/:id/content', {
    config: { access: 'signed-in', acting: actingNeeds.applicationsRead },
    schema: { tags, summary: '下载材料 Download a file (staff state a purpose)', params: IdParams, querystring: ReadQuery,
      produces: ['application/pdf', 'image/jpeg', 'image/png'], response: { 200: Binary, ...errors(400, 401, 404, 500) } },
  }, async (req, reply) => {
    const { meta, stream } = await readFile(req.ctx, req.params.id, { purpose: req.query.purpose });
    return reply
      .header('content-type', meta.mediaType)
      .header('content-length', String(meta.size))
      .header('content-disposition', contentDisposition(meta.originalName)) // never rendered inline on our origin
      .header('x-content-type-options', 'nosniff')
      .header('cache-control', 'private, no-store') // personal material: no shared or disk caches
      .send(stream);
  });
};
