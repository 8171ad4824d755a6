// The claims of a decided case's certificate, each from the source its type declares (catalog/certificate-types.yaml),
// read for the type's subject: the applicant, or the child the case is about, and the household they are
// registered in. A signed certificate carries exactly its subject's facts, so a required claim with no source
// refuses the certificate (the case says why) rather than being filled from someone else's record.
import { and, eq, isNull } from 'drizzle-orm';
import { digest } from '@sd-jwt/crypto-nodejs';
import { SDJwtVcInstance } from '@sd-jwt/sd-jwt-vc';
import type { Ctx } from '../../platform/context.js';
import { AppError } from '../../platform/errors.js';
import { idNumberFacts } from '../../platform/identifiers.js';
import { readOwnRecord } from '../exchange/index.js';
import { findPersonByIdNumber, getEnterprise, getPerson, registerNewborn } from '../identity/index.js';
import { certificates } from './schema.js';
import { decryptCredential } from './service.js';
import type { CertificateType } from './types.js';

/** The police's household register (户籍信息): who is registered in which household, under which head. */
export const HOUSEHOLD_REGISTER = 'police.household-registration';

export interface ClaimCase {
  type: CertificateType;
  /** The issuing department, which reads its own registers. */
  issuer: { id: string; code: string };
  applicant: { kind: 'person'; personId: string } | { kind: 'enterprise'; enterpriseId: string };
  form: Record<string, unknown>;
  applicationNumber: string | null;
  issuedOn: string;
  /** Why the platform reads personal data here: in each subject's access log. */
  purpose: string;
}

type Facts = Record<string, unknown>;

export const claimUnsourced = (type: CertificateType, claim: CertificateType['claims'][number], why: { zh: string; en: string }) => new AppError({
  code: 'certificates.claim_unsourced', status: 409, field: `/claims/${claim.name}`,
  message: { zh: `${type.name.zh}的“${claim.label.zh}”没有可靠来源，未签发：${why.zh}`, en: `No source for the ${claim.label.en} of the ${type.name.en}, so it was not issued: ${why.en}` },
});

const childMismatch = () => new AppError({ code: 'certificates.child_mismatch', status: 409, field: '/child/idNumber',
  message: { zh: '填写的公民身份号码与户籍登记的姓名或出生日期不符', en: 'The ID number given does not match the registered name or date of birth' } });

export function pointer(source: Record<string, unknown>, path: string): unknown {
  return path.split('/').slice(1).reduce<unknown>((node, part) => (node && typeof node === 'object' ? (node as Record<string, unknown>)[part] : undefined), source);
}

const present = (v: unknown) => v !== undefined && v !== null && v !== '';
const text = (v: unknown) => (typeof v === 'string' && v !== '' ? v : undefined);

/**
 * 与户主关系 of a newborn from the parent's relation to the head (GB/T 4761 terms as the register writes them):
 * the child of the head or of the head's spouse is 子/女; of the head's son or daughter-in-law 孙子/孙女; of the
 * head's daughter or son-in-law 外孙子/外孙女. Another relation is not guessed.
 */
export function newbornRelationToHead(parentRelation: string, sex: 'male' | 'female'): string | undefined {
  const boy = sex === 'male';
  if (['户主', '本人', '妻', '夫', '配偶'].includes(parentRelation)) return boy ? '子' : '女';
  if (['子', '儿媳', '长子', '次子'].includes(parentRelation)) return boy ? '孙子' : '孙女';
  if (['女', '女婿', '长女', '次女'].includes(parentRelation)) return boy ? '外孙子' : '外孙女';
  return undefined;
}

const decoder = new SDJwtVcInstance({ hasher: digest });

/** The claims of the applicant's valid certificates of a type (their wallet, issued by us). */
async function heldClaims(ctx: Ctx, personId: string, type: string): Promise<Facts[]> {
  const rows = await ctx.db.select().from(certificates)
    .where(and(eq(certificates.type, type), eq(certificates.status, 'valid'), eq(certificates.holderPersonId, personId), isNull(certificates.holderEnterpriseId)));
  return Promise.all(rows.map(async (r) => (await decoder.getClaims(decryptCredential(ctx, r))) as Facts));
}

/**
 * Reads every claim of the type for the case (the actor is the platform, reading for the issuer). Throws
 * certificates.claim_unsourced naming the first required claim nobody supplies. A type that registers its
 * subject (出生登记) assigns the child's ID number last, once every other claim is known, in the caller's transaction.
 */
export async function claimsForCase(ctx: Ctx, c: ClaimCase): Promise<Facts> {
  const why = new Map<string, { zh: string; en: string }>(); // why a subject's fact is missing, for the refusal
  const memo = new Map<string, Promise<Facts>>();
  const once = (key: string, load: () => Promise<Facts>) => {
    if (!memo.has(key)) memo.set(key, load());
    return memo.get(key)!;
  };

  const applicant = () => once('applicant', async () => {
    if (c.applicant.kind === 'enterprise') {
      const e = await getEnterprise(ctx, c.applicant.enterpriseId);
      return { name: e.name, creditCode: e.creditCode };
    }
    const p = await getPerson(ctx, c.applicant.personId, { purpose: c.purpose, reveal: true });
    return { name: p.name, idNumber: p.idNumber, birthDate: p.birthDate, sex: p.sex };
  });

  const childFromCase = (): Facts => ({ name: text(pointer(c.form, '/child/name')), sex: text(pointer(c.form, '/child/sex')), birthDate: text(pointer(c.form, '/child/birthDate')) });

  /** The child's 公民身份号码 from the registry: the one the case names (checked), or the one on their 户口簿. */
  const childIdNumber = () => once('child.idNumber', async () => {
    const child = childFromCase();
    const given = text(pointer(c.form, '/child/idNumber'));
    if (given) {
      const person = await findPersonByIdNumber(ctx, { idNumber: given, purpose: c.purpose, reveal: true })
        .catch((e: unknown) => (e instanceof AppError && e.status === 404 ? null : Promise.reject(e)));
      if (!person) {
        why.set('child', { zh: '填写的公民身份号码未在户籍登记中找到', en: 'the ID number given is not in the register' });
        return {};
      }
      if (person.name !== child.name || person.birthDate !== child.birthDate) throw childMismatch();
      return { idNumber: person.idNumber };
    }
    if (c.applicant.kind === 'person') {
      // Once only: the child's 居民户口簿, issued to the parent at the birth registration, names the number.
      const register = (await heldClaims(ctx, c.applicant.personId, 'household-register')).find((r) => r.name === child.name && r.birthDate === child.birthDate);
      if (register && text(register.idNumber)) return { idNumber: register.idNumber };
    }
    why.set('child', { zh: '孩子尚未登记户口，没有公民身份号码（请先办理出生登记，或填写孩子的公民身份号码）',
      en: 'the child is not registered yet and has no ID number (register the birth first, or give the child\'s ID number)' });
    return {};
  });

  /** The household the subject is registered in (or, for a newborn, will be: the parent's chosen by 随父/随母落户). */
  const household = () => once('household', async () => {
    const me = await applicant();
    if (c.applicant.kind !== 'person' || !text(me.idNumber)) {
      why.set('household', { zh: '申请人不是自然人，没有户籍', en: 'the applicant is not a person with a household' });
      return {};
    }
    const read = (idNumber: string) => readOwnRecord(ctx, { source: HOUSEHOLD_REGISTER, departmentId: c.issuer.id, idNumber, purpose: c.purpose })
      .catch((e: unknown) => (e instanceof AppError && e.status < 500 ? null : Promise.reject(e)));
    if ((c.type.subject ?? 'applicant') === 'applicant') {
      const own = await read(String(me.idNumber));
      if (!own) why.set('household', { zh: '户籍登记中没有申请人的记录', en: 'the register has no record of the applicant' });
      return own ? { head: own.headOfHousehold, relationToHead: own.relationToHead, number: own.householdNumber, address: own.address } : {};
    }
    const relation = text(pointer(c.form, '/applicant/relation')); // the applicant's relation to the child: father | mother
    const registerWith = text(pointer(c.form, '/applicant/registerWith')) ?? relation;
    let parentId: string | undefined;
    if (registerWith && registerWith === relation) parentId = String(me.idNumber);
    else if (registerWith === 'father' || registerWith === 'mother') {
      // The other parent: the applicant's spouse on their marriage certificate (结婚证), issued by the civil affairs bureau.
      const marriage = (await heldClaims(ctx, c.applicant.personId, 'marriage-certificate'))[0];
      const spouse = text(marriage?.spouseIdNumber);
      if (spouse && idNumberFacts(spouse).sex === (registerWith === 'father' ? 'male' : 'female')) parentId = spouse;
    }
    if (!parentId) {
      why.set('household', { zh: `无法确定${registerWith === 'father' ? '父亲' : '母亲'}的户籍（没有有效的结婚证记载其公民身份号码）`,
        en: `the ${registerWith ?? 'parent'}'s household is unknown (no valid marriage certificate names their ID number)` });
      return {};
    }
    const record = await read(parentId);
    if (!record) {
      why.set('household', { zh: `户籍登记中没有${registerWith === 'father' ? '父亲' : '母亲'}的记录`, en: `the register has no record of the ${registerWith}` });
      return {};
    }
    const sex = childFromCase().sex;
    const relationToHead = sex === 'male' || sex === 'female' ? newbornRelationToHead(String(record.relationToHead), sex) : undefined;
    if (!relationToHead) why.set('household', { zh: `无法由父母与户主的关系（${String(record.relationToHead)}）确定孩子与户主的关系`, en: `the child's relation to the head cannot follow from the parent's (${String(record.relationToHead)})` });
    return { head: record.headOfHousehold, relationToHead, number: record.householdNumber, address: record.address };
  });

  const registering = c.type.registersSubject === true && !present(pointer(c.form, '/child/idNumber'));
  const PENDING = Symbol('assigned at registration');

  const value = async (source: string): Promise<unknown> => {
    if (source.startsWith('form:')) return pointer(c.form, source.slice(5));
    if (source === 'case.number') return c.applicationNumber;
    if (source === 'issuedOn') return c.issuedOn;
    const [subject, fact] = source.split('.') as [string, string];
    if (subject === 'applicant') return (await applicant())[fact];
    if (subject === 'household') return (await household())[fact];
    if (fact === 'idNumber') return registering ? PENDING : (await childIdNumber()).idNumber;
    return childFromCase()[fact];
  };

  const claims: Record<string, unknown> = {};
  let pendingClaim: string | null = null;
  for (const claim of c.type.claims) {
    for (const from of claim.from) {
      const v = await value(from);
      if (v === PENDING) {
        pendingClaim = claim.name;
        break;
      }
      if (present(v)) {
        claims[claim.name] = v;
        break;
      }
    }
    if (claims[claim.name] === undefined && pendingClaim !== claim.name && !claim.optional) {
      const subjects = claim.from.map((f) => f.split(/[.:]/)[0]!);
      const reason = subjects.map((s) => why.get(s)).find(Boolean)
        ?? { zh: `办件中没有${claim.from.map((f) => f.replace(/^form:/, '')).join('、')}`, en: `the case has no ${claim.from.map((f) => f.replace(/^form:/, '')).join(' or ')}` };
      throw claimUnsourced(c.type, claim, reason);
    }
  }
  if (pendingClaim) {
    const child = childFromCase();
    const addressCode = String((await household()).number ?? '').slice(0, 6);
    const registered = await registerNewborn(ctx, { name: String(child.name), sex: child.sex as 'male' | 'female', birthDate: String(child.birthDate), addressCode, purpose: c.purpose });
    claims[pendingClaim] = registered.idNumber;
  }
  return claims;
}

/** Whether a JSON pointer of a form schema is always present in a valid case (required all the way down). */
function alwaysInForm(form: Record<string, unknown>, path: string): boolean {
  let node: Record<string, unknown> | undefined = form;
  for (const part of path.split('/').slice(1)) {
    const properties = node?.properties as Record<string, Record<string, unknown>> | undefined;
    if (!properties?.[part] || !((node!.required as string[] | undefined) ?? []).includes(part)) return false;
    node = properties[part];
  }
  return true;
}

/**
 * The required claims of a type that an item's decided case might have no source for, judged from the item's form
 * alone (a registry fact counts as a source; whether the registry has it is seen at issue). For the catalog check,
 * so an item whose certificate could never be complete is refused before anyone applies.
 */
export function claimGaps(type: CertificateType, item: { applicantTypes: string[]; form: Record<string, unknown> }): string[] {
  const always = (from: string, kind: string): boolean => {
    if (from === 'issuedOn' || from === 'case.number' || from === 'applicant.name') return true;
    if (from.startsWith('form:')) return alwaysInForm(item.form, from.slice(5));
    if (from === 'applicant.creditCode') return kind === 'enterprise';
    if (from.startsWith('applicant.')) return kind === 'person';
    if (from === 'child.idNumber') return alwaysInForm(item.form, '/child'); // from the registry, or refused at issue
    if (from.startsWith('child.')) return alwaysInForm(item.form, `/child/${from.slice(6)}`);
    // The household of a newborn follows the parent chosen on the form; an applicant's is their own.
    return kind === 'person' && ((type.subject ?? 'applicant') === 'applicant' || alwaysInForm(item.form, '/applicant/relation'));
  };
  return type.claims.filter((c) => !c.optional && !item.applicantTypes.every((kind) => c.from.some((f) => always(f, kind)))).map((c) => c.name);
}
