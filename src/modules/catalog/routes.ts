import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { BilingualSchema, errors, Nullable, Timestamp } from '../../platform/http/schemas.js';
import { applicantTypes, BundleDefinitionSchema, ItemDefinitionSchema, itemTypeNames } from './definition.js';
import * as catalog from './service.js';

const tags = ['catalog'];
const CodeParams = Type.Object({ code: Type.String({ pattern: '^[a-z][a-z0-9-]{0,79}$' }) });
const RegionCode = Type.String({ pattern: '^\\d{6}(\\d{3})?$' });
const Published = <T extends typeof ItemDefinitionSchema | typeof BundleDefinitionSchema>(definition: T) => Type.Object({
  id: Type.String(), versionId: Type.String(), code: Type.String(), version: Type.Integer(), publishedAt: Type.String(), definition,
});
const Summary = Type.Object({
  code: Type.String(), kind: Type.Enum(['item', 'bundle']), name: BilingualSchema, summary: BilingualSchema, version: Type.Integer(),
  type: Type.Optional(BilingualSchema), department: Type.Union([Type.String(), Type.Null()]), regions: Type.Array(Type.String()),
  topics: Type.Array(Type.String(), { description: 'themes to browse by (an item\'s; none for a life event)' }),
  applicantTypes: Type.Array(Type.String()),
});
const VersionSchema = Type.Object({
  version: Type.Integer(), status: Type.String({ description: 'draft, published or retired' }), createdBy: Type.String(), createdAt: Timestamp, publishedAt: Nullable(Timestamp),
  definition: ItemDefinitionSchema,
});
const BundleGuideSchema = Type.Object({
  bundle: Published(BundleDefinitionSchema),
  items: Type.Array(Type.Object({ code: Type.String(), versionId: Type.String(), name: BilingualSchema, department: Type.String(), committedDays: Type.Integer(), channels: Type.Array(Type.String()) })),
  materials: Type.Array(Type.Object({
    code: Type.String(), name: BilingualSchema, required: Type.Boolean(), certificateTypes: Type.Array(Type.String()), exchangeSource: Nullable(Type.String()),
    neededBy: Type.Array(Type.String(), { description: 'the items that need it' }),
  }), { description: 'one set of materials for the whole life event: a material several items need is listed once (一次提交)' }),
  committedDays: Type.Integer({ description: 'the longest item: parallel items finish together' }),
});
const editors = { access: { roles: ['platform_admin', 'department_admin'] } } as const;

function summaryOf(entry: catalog.PublishedEntry, kind: 'item' | 'bundle') {
  const d = entry.definition as { name: { zh: string; en: string }; summary: { zh: string; en: string }; regions: string[]; type?: keyof typeof itemTypeNames; department?: string;
    topics?: string[]; applicantTypes?: string[] };
  return { code: entry.code, kind, name: d.name, summary: d.summary, version: entry.version, regions: d.regions, topics: d.topics ?? [], applicantTypes: d.applicantTypes ?? ['person', 'enterprise'],
    department: d.department ?? null, ...(d.type ? { type: itemTypeNames[d.type] } : {}) };
}

export const catalogRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.get('/api/v1/catalog/search', {
    config: { access: 'public' },
    schema: { tags, summary: '事项检索 Search services (colloquial Chinese works)', querystring: Type.Object({
      q: Type.String({ minLength: 1, maxLength: 100 }), region: Type.Optional(RegionCode), applicantType: Type.Optional(Type.Enum(applicantTypes)),
      department: Type.Optional(Type.String({ maxLength: 32 })), kind: Type.Optional(Type.Enum(['item', 'bundle'])), limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 50 })),
    }, { additionalProperties: false }),
    response: { 200: Type.Object({
      results: Type.Array(Type.Object({ code: Type.String(), kind: Type.String(), name: BilingualSchema, summary: BilingualSchema, department: Type.Union([Type.String(), Type.Null()]), score: Type.Number(), matched: Type.Array(Type.String()) })),
      expandedFrom: Type.Record(Type.String(), Type.String(), { description: 'official term → the words in the query that brought it in' }),
    }), ...errors(400) } },
  }, async (req) => {
    const { hits, expandedFrom } = await catalog.searchCatalog(req.ctx, req.query);
    return { results: hits.map((h) => ({ code: h.doc.code, kind: h.doc.kind, name: { zh: h.doc.nameZh, en: h.doc.nameEn }, summary: { zh: h.doc.summaryZh, en: h.doc.summaryEn },
      department: h.doc.department, score: Math.round(h.score * 100) / 100, matched: [...new Set(h.matched)] })), expandedFrom };
  });

  app.get('/api/v1/catalog/items', {
    config: { access: 'public' },
    schema: { tags, summary: '事项清单 Published service items', response: { 200: Type.Array(Summary) } },
  }, async (req) => (await catalog.listPublished(req.ctx, 'item')).map((e) => summaryOf(e, 'item')));

  app.get('/api/v1/catalog/items/:code', {
    config: { access: 'public' },
    schema: { tags, summary: '办事指南 The guide of a published item', params: CodeParams, response: { 200: Published(ItemDefinitionSchema), ...errors(400, 404) } },
  }, (req) => catalog.getPublishedItem(req.ctx, req.params.code));

  app.get('/api/v1/catalog/bundles', {
    config: { access: 'public' },
    schema: { tags, summary: '一件事清单 Life events', response: { 200: Type.Array(Summary) } },
  }, async (req) => (await catalog.listPublished(req.ctx, 'bundle')).map((e) => summaryOf(e, 'bundle')));

  app.get('/api/v1/catalog/bundles/:code', {
    config: { access: 'public' },
    schema: { tags, params: CodeParams, response: { 200: Published(BundleDefinitionSchema), ...errors(400, 404) } },
  }, (req) => catalog.getPublishedBundle(req.ctx, req.params.code));

  app.get('/api/v1/catalog/bundles/:code/guide', {
    config: { access: 'public' },
    schema: { tags, summary: '一件事办事指南 One guide and one set of materials for a life event', params: CodeParams, response: { 200: BundleGuideSchema, ...errors(400, 404) } },
  }, (req) => catalog.getBundleGuide(req.ctx, req.params.code));

  app.get('/api/v1/catalog/items/:code/versions', {
    config: editors,
    schema: { tags, summary: '事项版本 Versions, drafts included', params: CodeParams, response: { 200: Type.Array(VersionSchema), ...errors(400, 401, 403, 404) } },
  }, (req) => catalog.listItemVersions(req.ctx, req.params.code));

  app.put('/api/v1/catalog/items/:code/draft', {
    config: editors,
    schema: { tags, summary: '保存草稿 Save a draft (validated like a catalog file)', params: CodeParams, body: Type.Record(Type.String(), Type.Unknown()),
      response: { 200: VersionSchema, ...errors(400, 401, 403, 422) } },
  }, (req) => catalog.saveItemDraft(req.ctx, req.params.code, req.body));

  app.post('/api/v1/catalog/items/:code/publish', {
    config: editors,
    schema: { tags, summary: '发布 Publish the draft as the next version', params: CodeParams, response: { 200: Published(ItemDefinitionSchema), ...errors(400, 401, 403, 404, 409) } },
  }, (req) => catalog.publishItemDraft(req.ctx, req.params.code));
};
