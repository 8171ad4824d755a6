// What a service item (政务服务事项) and a life-event bundle (一件事) are, as data. The same schema validates the
// files under catalog/, the admin API's bodies, and documents both in OpenAPI.
import { escapeToken } from '../../platform/json-pointer.js';
import { Type, type Static } from 'typebox';
import { acceptanceModes, applicantTypes, channels, itemTypes, paperAcceptedWays, topics, uploadTypes } from './enums.js';

const Text = (max = 200) => Type.String({ minLength: 1, maxLength: max });
export const Bilingual = (max = 200) => Type.Object({ zh: Text(max), en: Text(max) }, { additionalProperties: false });
const Code = Type.String({ pattern: '^[a-z][a-z0-9]*(-[a-z0-9]+)*$', maxLength: 80, description: 'stable kebab-case code' });
const DepartmentCode = Type.String({ pattern: '^[a-z][a-z0-9_-]{1,31}$', description: 'a department code, looked up in each implementing region' });
const RegionCode = Type.String({ pattern: '^\\d{6}$', description: 'GB/T 2260 code of an implementing region (and everything inside it)' });

export { applicantTypes, channels, enterpriseTopics, itemTypeNames, itemTypes, personTopics, topics } from './enums.js';

export const MaterialSchema = Type.Object({
  code: Code,
  name: Bilingual(),
  required: Type.Boolean(),
  core: Type.Optional(Type.Boolean({ description: 'a core material cannot be deferred under 容缺受理' })),
  description: Type.Optional(Bilingual(500)),
  certificateTypes: Type.Optional(Type.Array(Code, { maxItems: 10, description: 'electronic certificates (电子证照) that satisfy it' })),
  exchangeSource: Type.Optional(Type.String({ pattern: '^[a-z][a-z0-9_.-]{1,63}$', description: 'a data-exchange source that can supply it' })),
  upload: Type.Optional(Type.Object({
    accept: Type.Array(Type.Enum(uploadTypes), { minItems: 1 }),
    maxBytes: Type.Integer({ minimum: 1024, maximum: 52_428_800 }),
  }, { additionalProperties: false })),
  paperAccepted: Type.Optional(Type.Enum(paperAcceptedWays, {
    description: 'at a window, how the paper a walk-in brings is taken: scan (scanned or photographed, kept on the case; needs upload), original_seen (the clerk checks the original and records it), either. Unset: a scan when the material has an upload rule',
  })),
}, { additionalProperties: false });

/** How a material's paper is taken at a window (线下收件), by its rule; unset: a scan where it can be uploaded. */
export function paperWays(m: Static<typeof MaterialSchema>): ('scan' | 'original_seen')[] {
  switch (m.paperAccepted) {
    case 'scan': return ['scan'];
    case 'original_seen': return ['original_seen'];
    case 'either': return ['scan', 'original_seen'];
    case undefined: return m.upload ? ['scan'] : [];
  }
}

export const TaskSchema = Type.Object({
  department: DepartmentCode,
  name: Bilingual(),
  timeLimitDays: Type.Integer({ minimum: 1, maximum: 365, description: 'working days' }),
}, { additionalProperties: false });

export const StageSchema = Type.Object({
  name: Bilingual(),
  tasks: Type.Array(TaskSchema, { minItems: 1, maxItems: 20, description: 'run in parallel (并联审批); all must finish before the stage closes' }),
}, { additionalProperties: false });

export const WorkflowSchema = Type.Object({
  acceptance: Type.Enum(acceptanceModes, { description: 'instant: online applications that pass the checks are accepted at once' }),
  stages: Type.Array(StageSchema, { minItems: 1, maxItems: 10 }),
  resultCertificateType: Type.Optional(Code),
  allowCommitment: Type.Optional(Type.Boolean({ description: '告知承诺制: accept on a signed commitment' })),
  allowTolerance: Type.Optional(Type.Boolean({ description: '容缺受理: accept with non-core materials to follow' })),
  toleranceDays: Type.Optional(Type.Integer({ minimum: 1, maximum: 90, description: 'working days to hand in what was deferred' })),
}, { additionalProperties: false });

const JsonPointer = Type.String({ pattern: '^(/[^/]+)+$', maxLength: 200 });

/** 申请条件: shown in the guide; those with a rule are checked when the application is filed (platform/form-values.ts). */
export const EligibilitySchema = Type.Object({
  text: Bilingual(300),
  rule: Type.Optional(Type.Object({
    pointer: JsonPointer,
    ageAtLeast: Type.Optional(Type.Integer({ minimum: 0, maximum: 150, description: 'whole years on the day of filing, from a date or an ID-number field' })),
    ageBelow: Type.Optional(Type.Integer({ minimum: 1, maximum: 150 })),
    oneOf: Type.Optional(Type.Array(Type.Union([Type.String(), Type.Number(), Type.Boolean()]), { minItems: 1 })),
  }, { additionalProperties: false, minProperties: 2 })),
}, { additionalProperties: false });

export const ItemDefinitionSchema = Type.Object({
  code: Code,
  name: Bilingual(100),
  summary: Bilingual(500),
  type: Type.Enum(itemTypes),
  department: DepartmentCode,
  regions: Type.Array(RegionCode, { minItems: 1, maxItems: 50, uniqueItems: true }),
  legalBasis: Type.Array(Type.Object({ title: Text(200), article: Type.Optional(Text(100)) }, { additionalProperties: false }), { minItems: 1 }),
  timeLimits: Type.Object({
    statutoryDays: Type.Integer({ minimum: 0, maximum: 365, description: '法定办结时限 (working days; 0 = on the spot)' }),
    committedDays: Type.Integer({ minimum: 0, maximum: 365, description: '承诺办结时限 (working days), at most the statutory limit' }),
  }, { additionalProperties: false }),
  fees: Type.Array(Type.Object({ name: Bilingual(), amountYuan: Type.Number({ minimum: 0 }), basis: Type.Optional(Text(200)) }, { additionalProperties: false })),
  channels: Type.Array(Type.Enum(channels), { minItems: 1, uniqueItems: true }),
  applicantTypes: Type.Array(Type.Enum(applicantTypes), { minItems: 1, uniqueItems: true }),
  topics: Type.Optional(Type.Array(Type.Enum(topics), { uniqueItems: true, maxItems: 5, description: 'themes people browse by (个人 / 法人 办事主题)' })),
  eligibility: Type.Optional(Type.Array(EligibilitySchema, { maxItems: 20 })),
  materials: Type.Array(MaterialSchema, { maxItems: 50 }),
  form: Type.Record(Type.String(), Type.Unknown(), { title: 'JsonSchema', description: 'JSON Schema 2020-12 of the application form; x-sections orders it, x-prefill binds fields, x-labels names every choice in Chinese and English, format id-number / credit-code / mobile / phone / postal-code checks identifiers, x-sensitive: true marks a field encrypted at rest and masked for staff (ID-number fields are, unless false)' }),
  workflow: WorkflowSchema,
  faq: Type.Optional(Type.Array(Type.Object({ q: Bilingual(300), a: Bilingual(1000) }, { additionalProperties: false }))),
  keywords: Type.Optional(Type.Array(Text(30), { maxItems: 50, description: 'words people use for it, for search' })),
}, { additionalProperties: false });

export type ItemDefinition = Static<typeof ItemDefinitionSchema>;

/** What a life event's draft may fill in from what the platform holds: the applicant's verified identity, the spouse from the marriage certificate. */
export const bundlePrefillSources = ['applicant.name', 'applicant.idNumber', 'applicant.phone', 'spouse.name', 'spouse.idNumber'] as const;

export const BundleDefinitionSchema = Type.Object({
  code: Code,
  name: Bilingual(100),
  summary: Bilingual(500),
  items: Type.Array(Code, { minItems: 2, maxItems: 20, uniqueItems: true, description: 'the items this life event needs, applied for at once' }),
  sharedFields: Type.Array(Type.Object({
    name: Type.String({ pattern: '^[a-zA-Z][a-zA-Z0-9]*$' }),
    label: Bilingual(),
    schema: Type.Record(Type.String(), Type.Unknown(), { title: 'JsonSchema', description: 'JSON Schema 2020-12 of the shared field' }),
    mapsTo: Type.Array(Type.Object({ item: Code, pointer: Type.String({ pattern: '^(/[^/]+)+$' }) }, { additionalProperties: false }), { minItems: 1 }),
    required: Type.Optional(Type.Boolean({ description: 'false: may be left blank (default: required)' })),
    section: Type.Optional(Type.String({ pattern: '^[a-z][a-zA-Z0-9]*$', description: 'the key of the section (page) it is asked on' })),
    prefill: Type.Optional(Type.Enum(bundlePrefillSources, { description: 'filled in the draft from what the platform holds, shown with its source, and editable' })),
  }, { additionalProperties: false }), { description: 'entered once, copied into each item\'s form' }),
  sections: Type.Optional(Type.Array(Type.Object({ key: Type.String({ pattern: '^[a-z][a-zA-Z0-9]*$' }), title: Bilingual(100) }, { additionalProperties: false }), {
    maxItems: 12, description: 'one page per section, one question per fact: when present, only the shared fields are asked (the items\' own prefill bindings still apply)' })),
  presets: Type.Optional(Type.Array(Type.Object({ item: Code, pointer: Type.String({ pattern: '^(/[^/]+)+$' }), value: Type.Unknown({ title: 'JsonValue', description: 'set at the pointer of the item\'s form' }) }, { additionalProperties: false }), {
    description: 'answers the life event itself gives (a newborn\'s insurance category is "newborn"), shown on the check page, never asked' })),
  materialHolders: Type.Optional(Type.Array(Type.Object({ material: Code, field: Type.String(), equals: Type.String() }, { additionalProperties: false }), {
    description: 'a material about one person (the father\'s ID card): the applicant\'s own certificates are offered for it only when the shared field says the applicant is that person' })),
  regions: Type.Array(RegionCode, { minItems: 1, uniqueItems: true }),
  keywords: Type.Optional(Type.Array(Text(30), { maxItems: 50 })),
}, { additionalProperties: false });

export type BundleDefinition = Static<typeof BundleDefinitionSchema>;

// ---------- sensitive fields (x-sensitive) ----------

/** A GB 11643 ID number field: an 18-character pattern of 17 digits and a check character, or a field named idNumber. */
const looksLikeIdNumber = (name: string, node: Record<string, unknown>) =>
  /idnumber$/i.test(name) || (typeof node.pattern === 'string' && node.pattern.includes('\\d{17}'));

/**
 * The form's sensitive fields as JSON pointers, `*` standing for any array index: each field marked
 * `x-sensitive: true`, and every ID-number field unless marked `x-sensitive: false`. The cases module encrypts
 * these at rest and masks them for staff.
 */
export function sensitivePointers(form: Record<string, unknown>): string[] {
  const out: string[] = [];
  const walk = (node: unknown, at: string, name: string, depth: number) => {
    if (!node || typeof node !== 'object' || depth > 32) return;
    const n = node as Record<string, unknown>;
    if (at && (n['x-sensitive'] === true || (n['x-sensitive'] !== false && looksLikeIdNumber(name, n)))) {
      out.push(at); // the whole value, whatever is inside it
      return;
    }
    for (const [key, sub] of Object.entries((n.properties ?? {}) as Record<string, unknown>)) walk(sub, `${at}/${key}`, key, depth + 1);
    if (n.items && typeof n.items === 'object' && !Array.isArray(n.items)) walk(n.items, `${at}/*`, name, depth + 1);
  };
  walk(form, '', '', 0);
  return out;
}

/** Where a form's `x-sensitive` marker is not a boolean, as JSON pointers into the form. */
export function sensitiveMarkerProblems(form: Record<string, unknown>): string[] {
  const out: string[] = [];
  const walk = (node: unknown, at: string, depth: number) => {
    if (!node || typeof node !== 'object' || depth > 32) return;
    const n = node as Record<string, unknown>;
    if ('x-sensitive' in n && typeof n['x-sensitive'] !== 'boolean') out.push(`${at}/x-sensitive`);
    for (const [key, sub] of Object.entries((n.properties ?? {}) as Record<string, unknown>)) walk(sub, `${at}/properties/${escapeToken(key)}`, depth + 1);
    if (n.items && typeof n.items === 'object') walk(n.items, `${at}/items`, depth + 1);
  };
  walk(form, '', 0);
  return out;
}
