// Catalog services: import from files, drafts and publishing, reading the published guide, and search.
import { and, asc, desc, eq } from 'drizzle-orm';
import { actorLabel, departmentsWhere, isOperator } from '../../platform/actor.js';
import { canonicalJson, recordAudit } from '../../platform/audit.js';
import type { Ctx, Platform } from '../../platform/context.js';
import { newId, withTransaction } from '../../platform/context.js';
import { sha256 } from '../../platform/crypto.js';
import { AppError, forbidden, invalidField, notFound } from '../../platform/errors.js';
import { emit } from '../../platform/jobs.js';
import { getMeta, setMeta } from '../../platform/meta.js';
import { findDepartment, getDepartment } from '../directory/index.js';
import type { BundleDefinition, ItemDefinition } from './definition.js';
import { CatalogFileError, resultTypeProblem, validateCatalog, validateItem, type CatalogFiles, type CatalogProblem } from './load.js';
import { canOnCatalogEntry, type AdministeredDepartment, type CatalogAction } from './policy.js';
import { catalogEntries, catalogSynonyms, catalogVersions } from './schema.js';
import { CatalogIndex, type SearchDocument, type SearchHit, type SearchQuery } from './search.js';

type Kind = 'item' | 'bundle';
type Definition = ItemDefinition | BundleDefinition;

export interface PublishedEntry<D extends Definition = Definition> {
  id: string; // the entry
  versionId: string; // what an application records
  code: string;
  version: number;
  publishedAt: string;
  definition: D;
}

const itemNotFound = () => notFound({ zh: '事项', en: 'service item' });
const REVISION_KEY = 'catalog.revision';

const hashOf = (d: Definition) => sha256(canonicalJson(d));

/** Departments named by an item must exist in every region that implements it. */
async function checkDepartments(ctx: Ctx, file: string, item: ItemDefinition): Promise<CatalogProblem[]> {
  const problems: CatalogProblem[] = [];
  const named: [string, string][] = [['/department', item.department],
    ...item.workflow.stages.flatMap((s, i) => s.tasks.map((t, j): [string, string] => [`/workflow/stages/${i}/tasks/${j}/department`, t.department]))];
  for (const region of item.regions) {
    for (const [field, code] of named) {
      if (!(await findDepartment(ctx, region, code))) {
        problems.push({ file, field, reason: { zh: `行政区划 ${region} 没有部门 ${code}`, en: `Region ${region} has no department ${code}` } });
      }
    }
  }
  return problems;
}

async function bumpRevision(ctx: Ctx): Promise<void> {
  await setMeta(ctx, REVISION_KEY, { at: ctx.clock.now().toISOString(), request: ctx.requestId });
}

/** Publishes a definition as the entry's next version, unless it is the same as the published one. */
async function publishDefinition(ctx: Ctx, kind: Kind, definition: Definition, department: string | null): Promise<'created' | 'updated' | 'unchanged'> {
  const now = ctx.clock.now();
  const hash = hashOf(definition);
  let [entry] = await ctx.db.select().from(catalogEntries).where(and(eq(catalogEntries.kind, kind), eq(catalogEntries.code, definition.code))).for('update');
  const outcome = entry ? 'updated' : 'created';
  if (!entry) {
    [entry] = await ctx.db.insert(catalogEntries).values({ id: newId(), code: definition.code, kind, department, publishedVersion: null, createdAt: now, updatedAt: now }).returning();
  }
  const [latest] = await ctx.db.select().from(catalogVersions).where(eq(catalogVersions.entryId, entry!.id)).orderBy(desc(catalogVersions.version)).limit(1);
  const [published] = await ctx.db.select().from(catalogVersions).where(and(eq(catalogVersions.entryId, entry!.id), eq(catalogVersions.status, 'published')));
  if (published?.contentHash === hash) return 'unchanged';
  if (latest?.status === 'draft') await ctx.db.delete(catalogVersions).where(eq(catalogVersions.id, latest.id)); // the file wins over an unpublished draft
  const version = latest?.status === 'draft' ? latest.version : (latest?.version ?? 0) + 1;
  await finishPublishing(ctx, entry!.id, published?.id ?? null, { version, definition, hash, department });
  return outcome;
}

async function finishPublishing(ctx: Ctx, entryId: string, previousId: string | null, v: { version: number; definition: Definition; hash: string; department: string | null }): Promise<string> {
  const now = ctx.clock.now();
  if (previousId) await ctx.db.update(catalogVersions).set({ status: 'superseded' }).where(eq(catalogVersions.id, previousId));
  const id = newId();
  await ctx.db.insert(catalogVersions).values({ id, entryId, version: v.version, status: 'published', definition: v.definition as unknown as Record<string, unknown>,
    contentHash: v.hash, createdBy: actorLabel(ctx.actor), createdAt: now, publishedAt: now });
  await ctx.db.update(catalogEntries).set({ publishedVersion: v.version, department: v.department, updatedAt: now }).where(eq(catalogEntries.id, entryId));
  await recordAudit(ctx, { action: 'catalog.published', subjectType: 'catalog_entry', subjectId: entryId, details: { code: v.definition.code, version: v.version } });
  await emit(ctx, 'catalog.published', { entryId, code: v.definition.code, version: v.version, versionId: id });
  return id;
}

export interface ImportResult { items: Record<'created' | 'updated' | 'unchanged', number>; bundles: Record<'created' | 'updated' | 'unchanged', number>; synonyms: number }

/** Imports a validated catalog folder in one transaction: all of it, or (on any problem) none of it. */
export function importCatalog(ctx: Ctx, files: CatalogFiles): Promise<ImportResult> {
  if (!isOperator(ctx.actor)) throw forbidden();
  return withTransaction(ctx, async (tx) => {
    const problems: CatalogProblem[] = [];
    for (const { file, item } of files.items.values()) {
      const resultProblem = resultTypeProblem(file, item); // readCatalogFolder checked it too; files may come from elsewhere
      if (resultProblem) problems.push(resultProblem);
      problems.push(...(await checkDepartments(tx, file, item)));
    }
    if (problems.length) throw new CatalogFileError(problems);
    const result: ImportResult = { items: { created: 0, updated: 0, unchanged: 0 }, bundles: { created: 0, updated: 0, unchanged: 0 }, synonyms: 0 };
    for (const { item } of files.items.values()) result.items[await publishDefinition(tx, 'item', item, item.department)] += 1;
    for (const { bundle } of files.bundles) result.bundles[await publishDefinition(tx, 'bundle', bundle, null)] += 1;
    const now = tx.clock.now();
    for (const [term, synonyms] of Object.entries(files.synonyms)) {
      await tx.db.insert(catalogSynonyms).values({ term, synonyms, updatedAt: now }).onConflictDoUpdate({ target: catalogSynonyms.term, set: { synonyms, updatedAt: now } });
      result.synonyms += 1;
    }
    await bumpRevision(tx);
    return result;
  });
}

async function publishedOf<D extends Definition>(ctx: Ctx, kind: Kind, code: string): Promise<PublishedEntry<D>> {
  const [row] = await ctx.db.select({ entry: catalogEntries, version: catalogVersions }).from(catalogEntries)
    .innerJoin(catalogVersions, and(eq(catalogVersions.entryId, catalogEntries.id), eq(catalogVersions.status, 'published')))
    .where(and(eq(catalogEntries.kind, kind), eq(catalogEntries.code, code)));
  if (!row) throw kind === 'item' ? itemNotFound() : notFound({ zh: '一件事', en: 'life event' });
  return { id: row.entry.id, versionId: row.version.id, code, version: row.version.version, publishedAt: row.version.publishedAt!.toISOString(), definition: row.version.definition as unknown as D };
}

export const getPublishedItem = (ctx: Ctx, code: string) => publishedOf<ItemDefinition>(ctx, 'item', code);
export const getPublishedBundle = (ctx: Ctx, code: string) => publishedOf<BundleDefinition>(ctx, 'bundle', code);

/** A version by id, published or superseded: what an application was submitted under. */
export async function getItemVersion(ctx: Ctx, versionId: string): Promise<PublishedEntry<ItemDefinition>> {
  const [row] = await ctx.db.select({ entry: catalogEntries, version: catalogVersions }).from(catalogVersions)
    .innerJoin(catalogEntries, eq(catalogEntries.id, catalogVersions.entryId)).where(eq(catalogVersions.id, versionId));
  if (!row || row.version.status === 'draft' || row.entry.kind !== 'item') throw itemNotFound();
  return { id: row.entry.id, versionId, code: row.entry.code, version: row.version.version, publishedAt: row.version.publishedAt!.toISOString(),
    definition: row.version.definition as unknown as ItemDefinition };
}

export async function listPublished(ctx: Ctx, kind: Kind): Promise<PublishedEntry[]> {
  const rows = await ctx.db.select({ entry: catalogEntries, version: catalogVersions }).from(catalogEntries)
    .innerJoin(catalogVersions, and(eq(catalogVersions.entryId, catalogEntries.id), eq(catalogVersions.status, 'published')))
    .where(eq(catalogEntries.kind, kind)).orderBy(asc(catalogEntries.code));
  return rows.map((r) => ({ id: r.entry.id, versionId: r.version.id, code: r.entry.code, version: r.version.version,
    publishedAt: r.version.publishedAt!.toISOString(), definition: r.version.definition as unknown as Definition }));
}

// ---------- editing: drafts and publishing ----------

/** The departments the actor administers, with their codes and regions: the facts catalog/policy.ts needs. */
async function administered(ctx: Ctx): Promise<AdministeredDepartment[]> {
  const ids = [...new Set(departmentsWhere(ctx.actor, 'department_admin'))];
  return Promise.all(ids.map(async (id) => {
    const d = await getDepartment(ctx, id);
    return { code: d.code, regionCode: d.regionCode };
  }));
}

/** May the actor do this to an item with this department and these regions (catalog/policy.ts)? */
async function mayOnItem(ctx: Ctx, action: CatalogAction, department: string | null, regions: readonly string[]): Promise<boolean> {
  return canOnCatalogEntry(ctx.actor, action, { kind: 'item', department, regions }, await administered(ctx));
}

const resultTypeNotOwn = (problem: CatalogProblem) => invalidField(problem.field, 'catalog.result_type_not_own', problem.reason);

/** The regions of an entry's latest version: what an edit would touch. */
async function latestRegions(ctx: Ctx, entryId: string): Promise<string[]> {
  const [latest] = await ctx.db.select({ definition: catalogVersions.definition }).from(catalogVersions).where(eq(catalogVersions.entryId, entryId)).orderBy(desc(catalogVersions.version)).limit(1);
  return ((latest?.definition as { regions?: string[] } | undefined)?.regions) ?? [];
}

export interface VersionView { version: number; status: string; createdBy: string; createdAt: string; publishedAt: string | null; definition: ItemDefinition }

export function saveItemDraft(ctx: Ctx, code: string, definition: unknown): Promise<VersionView> {
  let item: ItemDefinition;
  try {
    item = validateItem('body', definition);
  } catch (e) {
    if (!(e instanceof CatalogFileError)) throw e;
    const [first] = e.problems;
    throw new AppError({ code: 'catalog.definition_invalid', status: 422, field: first!.field, message: first!.reason,
      details: e.problems.map((p) => ({ field: p.field, code: 'catalog.definition_invalid', message: p.reason })) });
  }
  if (item.code !== code) throw invalidField('/code', 'catalog.code_mismatch', { zh: '事项代码与地址不一致', en: 'The code does not match the address' });
  return withTransaction(ctx, async (tx) => {
    const [entry] = await tx.db.select().from(catalogEntries).where(and(eq(catalogEntries.kind, 'item'), eq(catalogEntries.code, code))).for('update');
    // Both the item as it would be and as it is: a department can neither take another's item nor give one away.
    if (!(await mayOnItem(tx, 'edit', item.department, item.regions)) || (entry && !(await mayOnItem(tx, 'edit', entry.department, await latestRegions(tx, entry.id))))) {
      throw entry && entry.publishedVersion === null && !(await mayOnItem(tx, 'read_drafts', entry.department, await latestRegions(tx, entry.id))) ? itemNotFound() : forbidden();
    }
    const problems = await checkDepartments(tx, 'body', item);
    if (problems.length) throw invalidField(problems[0]!.field, 'catalog.department_unknown', problems[0]!.reason);
    const now = tx.clock.now();
    const entryId = entry?.id ?? newId();
    if (!entry) await tx.db.insert(catalogEntries).values({ id: entryId, code, kind: 'item', department: item.department, publishedVersion: null, createdAt: now, updatedAt: now });
    const [latest] = await tx.db.select().from(catalogVersions).where(eq(catalogVersions.entryId, entryId)).orderBy(desc(catalogVersions.version)).limit(1);
    const values = { definition: item as unknown as Record<string, unknown>, contentHash: hashOf(item), createdBy: actorLabel(tx.actor), createdAt: now };
    let row;
    if (latest?.status === 'draft') {
      [row] = await tx.db.update(catalogVersions).set(values).where(eq(catalogVersions.id, latest.id)).returning();
    } else {
      [row] = await tx.db.insert(catalogVersions).values({ id: newId(), entryId, version: (latest?.version ?? 0) + 1, status: 'draft', ...values }).returning();
    }
    await recordAudit(tx, { action: 'catalog.draft_saved', subjectType: 'catalog_entry', subjectId: entryId, details: { code, version: row!.version } });
    return versionView(row!);
  });
}

const versionView = (v: typeof catalogVersions.$inferSelect): VersionView => ({
  version: v.version, status: v.status, createdBy: v.createdBy, createdAt: v.createdAt.toISOString(), publishedAt: v.publishedAt?.toISOString() ?? null,
  definition: v.definition as unknown as ItemDefinition,
});

export function publishItemDraft(ctx: Ctx, code: string): Promise<PublishedEntry<ItemDefinition>> {
  return withTransaction(ctx, async (tx) => {
    const [entry] = await tx.db.select().from(catalogEntries).where(and(eq(catalogEntries.kind, 'item'), eq(catalogEntries.code, code))).for('update');
    if (!entry) throw itemNotFound();
    const regions = await latestRegions(tx, entry.id);
    if (!(await mayOnItem(tx, 'publish', entry.department, regions))) {
      throw entry.publishedVersion === null && !(await mayOnItem(tx, 'read_drafts', entry.department, regions)) ? itemNotFound() : forbidden();
    }
    const [draft] = await tx.db.select().from(catalogVersions).where(and(eq(catalogVersions.entryId, entry.id), eq(catalogVersions.status, 'draft')));
    if (!draft) throw invalidField('', 'catalog.no_draft', { zh: '没有待发布的草稿', en: 'There is no draft to publish' }, 409);
    const definition = draft.definition as unknown as ItemDefinition;
    // Checked again at publishing, whatever way the draft got in: the item's department and its result type's issuer.
    if (!(await mayOnItem(tx, 'publish', definition.department, definition.regions))) throw forbidden();
    const resultProblem = resultTypeProblem('draft', definition);
    if (resultProblem) throw resultTypeNotOwn(resultProblem);
    // Bundles that include this item must still find the fields they fill in.
    const bundles = (await listPublished(tx, 'bundle')).map((b) => ({ file: `bundle ${b.code}`, bundle: b.definition as BundleDefinition }))
      .filter((b) => b.bundle.items.includes(code));
    const items = new Map([[code, { file: 'draft', item: definition }]]);
    for (const b of bundles) for (const other of b.bundle.items) if (other !== code) items.set(other, { file: other, item: (await getPublishedItem(tx, other)).definition });
    try {
      validateCatalog(items, bundles);
    } catch (e) {
      if (!(e instanceof CatalogFileError)) throw e;
      throw invalidField('', 'catalog.breaks_bundle', { zh: `发布后会破坏一件事：${e.problems[0]!.reason.zh}`, en: `Publishing would break a life event: ${e.problems[0]!.reason.en}` }, 409);
    }
    await tx.db.delete(catalogVersions).where(eq(catalogVersions.id, draft.id));
    const [published] = await tx.db.select().from(catalogVersions).where(and(eq(catalogVersions.entryId, entry.id), eq(catalogVersions.status, 'published')));
    await finishPublishing(tx, entry.id, published?.id ?? null, { version: draft.version, definition, hash: draft.contentHash, department: definition.department });
    await bumpRevision(tx);
    return getPublishedItem(tx, code);
  });
}

export async function listItemVersions(ctx: Ctx, code: string): Promise<VersionView[]> {
  const [entry] = await ctx.db.select().from(catalogEntries).where(and(eq(catalogEntries.kind, 'item'), eq(catalogEntries.code, code)));
  if (!entry) throw itemNotFound();
  if (!(await mayOnItem(ctx, 'read_drafts', entry.department, await latestRegions(ctx, entry.id)))) throw entry.publishedVersion === null ? itemNotFound() : forbidden();
  const rows = await ctx.db.select().from(catalogVersions).where(eq(catalogVersions.entryId, entry.id)).orderBy(desc(catalogVersions.version));
  return rows.map(versionView);
}

// ---------- search ----------

interface CachedIndex { revision: string; index: CatalogIndex }
const indexes = new WeakMap<Platform, CachedIndex>();

function toDocument(entry: PublishedEntry, kind: Kind): SearchDocument {
  if (kind === 'bundle') {
    const b = entry.definition as BundleDefinition;
    return { id: entry.id, code: b.code, kind, nameZh: b.name.zh, nameEn: b.name.en, summaryZh: b.summary.zh, summaryEn: b.summary.en, keywords: b.keywords ?? [], materials: [],
      department: null, regions: b.regions, applicantTypes: ['person', 'enterprise'] };
  }
  const i = entry.definition as ItemDefinition;
  return { id: entry.id, code: i.code, kind, nameZh: i.name.zh, nameEn: i.name.en, summaryZh: i.summary.zh, summaryEn: i.summary.en, keywords: i.keywords ?? [],
    materials: i.materials.map((m) => m.name.zh), department: i.department, regions: i.regions, applicantTypes: i.applicantTypes };
}

/** The search index of the published catalog, rebuilt when any node publishes (the revision in platform_meta). */
export async function catalogIndex(ctx: Ctx): Promise<CatalogIndex> {
  const revision = JSON.stringify((await getMeta(ctx, REVISION_KEY)) ?? null);
  const cached = indexes.get(ctx.platform);
  if (cached?.revision === revision) return cached.index;
  const docs = [...(await listPublished(ctx, 'item')).map((e) => toDocument(e, 'item')), ...(await listPublished(ctx, 'bundle')).map((e) => toDocument(e, 'bundle'))];
  const synonymRows = await ctx.db.select().from(catalogSynonyms);
  const index = new CatalogIndex(docs, Object.fromEntries(synonymRows.map((r) => [r.term, r.synonyms])));
  indexes.set(ctx.platform, { revision, index });
  return index;
}

export async function searchCatalog(ctx: Ctx, query: SearchQuery): Promise<{ hits: SearchHit[]; expandedFrom: Record<string, string> }> {
  const index = await catalogIndex(ctx);
  return { hits: index.search(query), expandedFrom: Object.fromEntries(index.expand(query.q).via) };
}

export interface BundleGuide {
  bundle: PublishedEntry<BundleDefinition>;
  items: { code: string; versionId: string; name: { zh: string; en: string }; department: string; committedDays: number; channels: string[] }[];
  /** One set of materials for the whole life event: a material several items need is listed once (一次提交). */
  materials: { code: string; name: { zh: string; en: string }; required: boolean; certificateTypes: string[]; exchangeSource: string | null; neededBy: string[] }[];
  committedDays: number; // the longest item: parallel items finish together
}

export async function getBundleGuide(ctx: Ctx, code: string): Promise<BundleGuide> {
  const bundle = await getPublishedBundle(ctx, code);
  const items = await Promise.all(bundle.definition.items.map((c) => getPublishedItem(ctx, c)));
  const materials = new Map<string, BundleGuide['materials'][number]>();
  for (const { definition: item } of items) {
    for (const m of item.materials) {
      const known = materials.get(m.code);
      if (known) {
        known.required ||= m.required;
        known.neededBy.push(item.code);
        known.certificateTypes = [...new Set([...known.certificateTypes, ...(m.certificateTypes ?? [])])];
      } else {
        materials.set(m.code, { code: m.code, name: m.name, required: m.required, certificateTypes: m.certificateTypes ?? [], exchangeSource: m.exchangeSource ?? null, neededBy: [item.code] });
      }
    }
  }
  return {
    bundle,
    items: items.map(({ versionId, definition: i }) => ({ code: i.code, versionId, name: i.name, department: i.department, committedDays: i.timeLimits.committedDays, channels: i.channels })),
    materials: [...materials.values()],
    committedDays: Math.max(...items.map((i) => i.definition.timeLimits.committedDays)),
  };
}
