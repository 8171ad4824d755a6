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
const Source = Type.String({ pattern: '^(holder\\.(name|idNumber|birthDate|creditCode)|form:(/[A-Za-z0-9_]+)+|application\\.number|issuedOn)$' });

const CertificateTypeSchema = Type.Object({
  code: Code,
  name: Bilingual,
  issuer: Type.String({ pattern: '^[a-z]{2,16}$', description: 'the issuing department\'s code, in the region of the case' }),
  validityYears: Type.Optional(Type.Integer({ minimum: 1, maximum: 100 })),
  claims: Type.Array(Type.Object({
    name: Type.String({ pattern: '^[a-zA-Z][a-zA-Z0-9]{0,39}$' }),
    label: Bilingual,
    from: Type.Array(Source, { minItems: 1 }),
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
    types.set(t.code, t);
  }
  return types;
}

let shipped: Map<string, CertificateType> | undefined;

/** The shipped certificate types. */
export function certificateTypes(): Map<string, CertificateType> {
  shipped ??= readCertificateTypes(CERTIFICATE_TYPES_FILE);
  return shipped;
}
