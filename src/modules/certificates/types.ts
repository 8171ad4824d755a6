// The certificate types (电子证照目录) as data: catalog/certificate-types.yaml. Checked once at start-up; a
// mistake names the type and the field.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Ajv } from 'ajv';
import { Type, type Static } from 'typebox';
import { parse } from 'yaml';

const Bilingual = Type.Object({ zh: Type.String({ minLength: 1 }), en: Type.String({ minLength: 1 }) }, { additionalProperties: false });
const Code = Type.String({ pattern: '^[a-z][a-z0-9-]{1,63}$' });
/**
 * Where a claim's value comes from. Each names a subject, so a certificate about a child never takes its holder's
 * (the parent's) ID number for the child's:
 *   applicant.<fact>  the verified applicant in the registry (the wallet's holder)
 *   child.<fact>      the child the case is about: name, sex, birth date from the decided case; the ID number from
 *                     the registry (the 公民身份号码 the case names, or the one this registration assigns)
 *   household.<fact>  the household (户) the subject is registered in, from the police's household register
 *   form:/pointer     the decided case's form;  case.number  the case number;  issuedOn  the issue date
 */
export const SOURCE_PATTERN = '^(applicant\\.(name|idNumber|birthDate|sex|creditCode)|child\\.(name|sex|birthDate|idNumber)'
  + '|household\\.(head|relationToHead|number|address)|form:(/[A-Za-z0-9_]+)+|case\\.number|issuedOn)$';
const Source = Type.String({ pattern: SOURCE_PATTERN });

const CertificateTypeSchema = Type.Object({
  code: Code,
  name: Bilingual,
  issuer: Type.String({ pattern: '^[a-z]{2,16}$', description: 'the issuing department\'s code, in the region of the case' }),
  validityYears: Type.Optional(Type.Integer({ minimum: 1, maximum: 100 })),
  subject: Type.Optional(Type.Union([Type.Literal('applicant'), Type.Literal('child')], { description: 'whom the certificate is about (default: the applicant)' })),
  registersSubject: Type.Optional(Type.Boolean({ description: 'issuing it enters a newborn subject in the household register, which assigns the 公民身份号码 (出生登记)' })),
  claims: Type.Array(Type.Object({
    name: Type.String({ pattern: '^[a-zA-Z][a-zA-Z0-9]{0,39}$' }),
    label: Bilingual,
    from: Type.Array(Source, { minItems: 1 }),
    optional: Type.Optional(Type.Boolean({ description: 'may be left out when no source has it; otherwise the certificate is not issued without it' })),
  }, { additionalProperties: false }), { minItems: 1 }),
}, { additionalProperties: false });

export type CertificateType = Static<typeof CertificateTypeSchema>;

const validate = new Ajv({ allErrors: true, strict: false }).compile(Type.Object({ types: Type.Array(CertificateTypeSchema) }));

export const CERTIFICATE_TYPES_FILE = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../catalog/certificate-types.yaml');

/** Reads and checks a certificate-types file; throws naming the entry and the field that is wrong. */
export function readCertificateTypes(file: string): Map<string, CertificateType> {
  const doc = parse(fs.readFileSync(file, 'utf8')) as unknown;
  if (!validate(doc)) {
    const e = validate.errors![0]!;
    throw new Error(`${path.basename(file)}: ${e.instancePath || '/'} ${e.message}`);
  }
  const types = new Map<string, CertificateType>();
  for (const [i, t] of (doc as { types: CertificateType[] }).types.entries()) {
    if (types.has(t.code)) throw new Error(`${path.basename(file)}: /types/${i}/code ${t.code} appears twice`);
    const names = t.claims.map((c) => c.name);
    const twice = names.find((n, j) => names.indexOf(n) !== j);
    if (twice) throw new Error(`${path.basename(file)}: /types/${i}/claims claim ${twice} appears twice`);
    const problem = subjectProblem(t);
    if (problem) throw new Error(`${path.basename(file)}: /types/${i}/${problem}`);
    types.set(t.code, t);
  }
  return types;
}

/** Whose fact a source reads: one claim never falls back from one person to another. */
export function sourceSubject(source: string): 'applicant' | 'child' | 'household' | 'case' {
  if (source.startsWith('applicant.') || source.startsWith('form:/applicant/')) return 'applicant';
  if (source.startsWith('child.') || source.startsWith('form:/child/')) return 'child';
  if (source.startsWith('household.')) return 'household';
  return 'case';
}

/**
 * A type's claims must read facts of the type's subject: a child's certificate names the child (child.*), its
 * household (household.*) or the case, never falls back to the applicant's name or ID number; and a household
 * is read only for a subject the register knows.
 */
function subjectProblem(t: CertificateType): string | null {
  const subject = t.subject ?? 'applicant';
  if (t.registersSubject && subject !== 'child') return 'registersSubject only a newborn (subject: child) is entered in the register by its certificate';
  for (const [j, c] of t.claims.entries()) {
    const subjects = new Set(c.from.map(sourceSubject).filter((s) => s !== 'case' && s !== 'household'));
    if (subjects.size > 1) return `claims/${j}/from mixes the facts of ${[...subjects].join(' and ')}: a claim reads one person`;
    if (subject === 'applicant' && c.from.some((f) => f.startsWith('child.'))) return `claims/${j}/from reads child.* but the type's subject is the applicant`;
  }
  return null;
}

let shipped: Map<string, CertificateType> | undefined;

/** The shipped certificate types. */
export function certificateTypes(): Map<string, CertificateType> {
  shipped ??= readCertificateTypes(CERTIFICATE_TYPES_FILE);
  return shipped;
}
