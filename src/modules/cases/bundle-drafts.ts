// 一件事草稿: a life event's answers saved on the server at every "continue", resumable from any device (My cases),
// so a shared computer's browser keeps nothing. Prefilled where the platform holds the fact: the father from the
// marriage certificate in the applicant's wallet, with its source shown.
import { and, desc, eq } from 'drizzle-orm';
import type { Ctx } from '../../platform/context.js';
import { newId, withTransaction } from '../../platform/context.js';
import { ifNotFound, invalidField } from '../../platform/errors.js';
import { getPublishedBundle, type BundleDefinition } from '../catalog/index.js';
import { certificateType, usableCertificates } from '../certificates/index.js';
import { resolveApplicant } from './applicant.js';
import { canOnBundleDraft, type BundleDraftAction } from './policy.js';
import { bundleDrafts } from './schema.js';
import { checkFormShape } from './sensitive.js';

type Bilingual = { zh: string; en: string };

export interface BundleDraftAnswers {
  /** per scope ('shared' or an item code): the answers as a nested object */
  values: Record<string, Record<string, unknown>>;
  uploads: { scope: string; code: string; fileId: string; name: string }[];
  reuse: { scope: string; code: string; certificateId: string }[];
}

export interface BundleDraftView {
  id: string; bundleCode: string; bundleName: Bilingual; answers: BundleDraftAnswers;
  /** the shared fields the draft was prefilled with, and where each value came from */
  prefilled: { field: string; source: Bilingual }[];
  createdAt: string; updatedAt: string;
}

interface Stored { answers: BundleDraftAnswers; prefilled: BundleDraftView['prefilled'] }
type DraftRow = typeof bundleDrafts.$inferSelect;

const column = (id: string) => `bundle_drafts.answers:${id}`;
const draftNotFound = () => invalidField('', 'cases.bundle_draft_not_found', { zh: '一件事草稿不存在', en: 'No such life-event draft' }, 404);

function seal(ctx: Ctx, id: string, stored: Stored): string {
  return ctx.platform.keyring.encrypt(JSON.stringify(stored), column(id));
}

function open(ctx: Ctx, row: DraftRow): Stored {
  return JSON.parse(ctx.platform.keyring.decrypt(row.answers, column(row.id))) as Stored;
}

async function view(ctx: Ctx, row: DraftRow): Promise<BundleDraftView> {
  const { answers, prefilled } = open(ctx, row);
  const bundle = await ifNotFound(getPublishedBundle(ctx, row.bundleCode), () => null); // withdrawn since: the draft still shows
  return { id: row.id, bundleCode: row.bundleCode, bundleName: bundle?.definition.name ?? { zh: row.bundleCode, en: row.bundleCode }, answers, prefilled,
    createdAt: row.createdAt.toISOString(), updatedAt: row.updatedAt.toISOString() };
}

/** Loads a draft the actor may act on; anyone else is told it does not exist. */
async function loadDraft(ctx: Ctx, id: string, action: BundleDraftAction, lock = false): Promise<DraftRow> {
  const query = ctx.db.select().from(bundleDrafts).where(eq(bundleDrafts.id, id));
  const [row] = lock ? await query.for('update') : await query;
  if (!row || !canOnBundleDraft(ctx.actor, action, row)) throw draftNotFound();
  return row;
}

/** The shared fields the platform can answer: the spouse from a valid marriage certificate the applicant holds. */
async function prefillShared(ctx: Ctx, bundle: BundleDefinition, personId: string, idNumber: unknown): Promise<Stored> {
  // The spouse fills the father's fields only for a mother applying: a father's spouse is the mother (GB 11643: the
  // 17th digit is odd for a man), and the father's fields are then his own, not his wife's.
  const applicantIsMale = typeof idNumber === 'string' && /^\d{16}[13579]/.test(idNumber);
  const wanted = applicantIsMale ? [] : bundle.sharedFields.filter((f) => f.prefill?.startsWith('spouse.'));
  const shared: Record<string, unknown> = {};
  const prefilled: Stored['prefilled'] = [];
  if (wanted.length) {
    const [marriage] = await usableCertificates(ctx, { personId, enterpriseId: null }, ['marriage-certificate']);
    const claim = (name: string) => marriage?.claims.find((c) => c.name === name)?.value;
    const source = marriage && { zh: `${marriage.typeName.zh}（${marriage.issuer.name.zh}）`, en: `${marriage.typeName.en} (${marriage.issuer.name.en})` };
    for (const f of wanted) {
      const value = claim(f.prefill === 'spouse.name' ? 'spouseName' : 'spouseIdNumber');
      if (source && typeof value === 'string' && value) {
        shared[f.name] = value;
        prefilled.push({ field: f.name, source });
      }
    }
  }
  return { answers: { values: Object.keys(shared).length ? { shared } : {}, uploads: [], reuse: [] }, prefilled };
}

/** What a prepared service (无感智办) knows for the draft: the certificate whose issue prepared it. */
export interface KnownFacts { certificateId?: string | undefined; certificateType?: string | undefined }

/** The form pointer a certificate claim was taken from (`child.birthDate` → /child/birthDate, `form:/father/name` → /father/name). */
function claimPointers(from: readonly string[]): string[] {
  return from.flatMap((f) => (f.startsWith('form:/') ? [f.slice(5)] : f.startsWith('child.') ? [`/child/${f.slice(6)}`] : []));
}

const fits = (schema: Record<string, unknown>, value: unknown): boolean =>
  Array.isArray(schema.enum) ? schema.enum.includes(value) : schema.type === 'integer' ? Number.isInteger(value) : schema.type === 'string' ? typeof value === 'string' && value !== '' : false;

/**
 * Fills the shared fields a certificate the applicant holds answers: a claim fills the shared field that maps to the
 * form field the claim was taken from (the birth certificate's child's name → childName), with the certificate as
 * its source. Only a valid certificate of the applicant's own; fields already filled keep their value.
 */
async function prefillFromCertificate(ctx: Ctx, bundle: BundleDefinition, personId: string, known: KnownFacts, stored: Stored): Promise<void> {
  if (!known.certificateId || !known.certificateType) return;
  const cert = (await usableCertificates(ctx, { personId, enterpriseId: null }, [known.certificateType])).find((c) => c.id === known.certificateId);
  if (!cert) return; // revoked since, or not theirs: nothing is filled, the person answers
  const type = certificateType(cert.type);
  const source = { zh: `${cert.typeName.zh}（${cert.issuer.name.zh}）`, en: `${cert.typeName.en} (${cert.issuer.name.en})` };
  const shared = { ...(stored.answers.values.shared ?? {}) };
  for (const claim of type.claims) {
    const value = cert.claims.find((c) => c.name === claim.name)?.value;
    const pointers = claimPointers(claim.from);
    const field = bundle.sharedFields.find((f) => f.mapsTo.some((m) => pointers.includes(m.pointer)));
    if (!field || shared[field.name] !== undefined || !fits(field.schema, value)) continue;
    shared[field.name] = value;
    stored.prefilled.push({ field: field.name, source });
  }
  if (Object.keys(shared).length) stored.answers.values = { ...stored.answers.values, shared };
}

/** Starts a life event's draft, or returns the one already saved for it (one per applicant, filer and life event). */
export function startBundleDraft(ctx: Ctx, bundleCode: string, known: KnownFacts = {}): Promise<{ draft: BundleDraftView; created: boolean }> {
  return withTransaction(ctx, async (tx) => {
    const bundle = await ifNotFound(getPublishedBundle(tx, bundleCode), () => {
      throw invalidField('/bundleCode', 'cases.bundle_unknown', { zh: '没有这个一件事', en: 'No life event has this code' });
    });
    const applicant = await resolveApplicant(tx, undefined, undefined);
    if (applicant.enterpriseId) throw invalidField('/bundleCode', 'cases.bundle_for_persons', { zh: '一件事为个人办理', en: 'Life events are for persons' });
    const accountId = tx.actor.accountId!;
    const whose = and(eq(bundleDrafts.applicantPersonId, applicant.personId), eq(bundleDrafts.filedByAccountId, accountId), eq(bundleDrafts.bundleCode, bundle.code));
    const [existing] = await tx.db.select().from(bundleDrafts).where(whose);
    if (existing) return { draft: await view(tx, existing), created: false };
    const id = newId();
    const now = tx.clock.now();
    const stored = await prefillShared(tx, bundle.definition, applicant.personId, applicant.prefill['applicant.idNumber']);
    await prefillFromCertificate(tx, bundle.definition, applicant.personId, known, stored);
    const [row] = await tx.db.insert(bundleDrafts).values({ id, bundleCode: bundle.code, applicantPersonId: applicant.personId, filedByAccountId: accountId,
      answers: seal(tx, id, stored), createdAt: now, updatedAt: now }).onConflictDoNothing().returning();
    if (!row) { // a second tab started it at the same moment
      const [raced] = await tx.db.select().from(bundleDrafts).where(whose);
      return { draft: await view(tx, raced!), created: false };
    }
    return { draft: await view(tx, row), created: true };
  });
}

/** My life-event drafts (or those I keep for whom I act), newest first. */
export async function listBundleDrafts(ctx: Ctx): Promise<BundleDraftView[]> {
  if (!ctx.actor.accountId) return [];
  const rows = await ctx.db.select().from(bundleDrafts).where(eq(bundleDrafts.filedByAccountId, ctx.actor.accountId)).orderBy(desc(bundleDrafts.updatedAt)).limit(50);
  return Promise.all(rows.filter((r) => canOnBundleDraft(ctx.actor, 'read', r)).map((r) => view(ctx, r)));
}

export async function getBundleDraft(ctx: Ctx, id: string): Promise<BundleDraftView> {
  return view(ctx, await loadDraft(ctx, id, 'read'));
}

export function saveBundleDraft(ctx: Ctx, id: string, answers: BundleDraftAnswers): Promise<BundleDraftView> {
  checkFormShape(answers.values, '/answers/values');
  return withTransaction(ctx, async (tx) => {
    const row = await loadDraft(tx, id, 'edit', true);
    const { prefilled } = open(tx, row);
    const [updated] = await tx.db.update(bundleDrafts).set({ answers: seal(tx, id, { answers, prefilled }), updatedAt: tx.clock.now() }).where(eq(bundleDrafts.id, id)).returning();
    return view(tx, updated!);
  });
}

export function discardBundleDraft(ctx: Ctx, id: string): Promise<{ id: string; discarded: true }> {
  return withTransaction(ctx, async (tx) => {
    await loadDraft(tx, id, 'discard', true);
    await tx.db.delete(bundleDrafts).where(eq(bundleDrafts.id, id));
    return { id, discarded: true as const };
  });
}

/** Inside the submitting transaction: the draft the bundle was filled in goes, or the submission fails with it. */
export async function consumeBundleDraft(ctx: Ctx, id: string, bundleCode: string): Promise<void> {
  const row = await loadDraft(ctx, id, 'edit', true);
  if (row.bundleCode !== bundleCode) throw invalidField('/draftId', 'cases.bundle_draft_other_event', { zh: '该草稿属于另一个一件事', en: 'This draft is for another life event' });
  await ctx.db.delete(bundleDrafts).where(eq(bundleDrafts.id, id));
}
