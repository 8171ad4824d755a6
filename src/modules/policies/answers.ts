// What the policies routes answer, as schemas: the serializer writes only what is declared here, and the OpenAPI
// document (and the web app's generated types, the rule editor's among them) shows it.
import { Type } from 'typebox';
import { BilingualSchema, IsoDate, JsonValue, Nullable, Timestamp, Uuid } from '../../platform/http/schemas.js';

const Subject = Type.Enum(['person', 'enterprise']);
/** A fact's value: dates as YYYY-MM-DD strings; null when not known. */
export const FactValueSchema = Type.Union([Type.Number(), Type.String(), Type.Boolean(), Type.Null()]);
const Facts = Type.Record(Type.String(), FactValueSchema);

const TestCaseSchema = Type.Object({ name: Type.String(), period: Type.Optional(IsoDate), input: Facts, output: Facts });
export const PolicySchema = Type.Object({
  id: Uuid, code: Type.String(), name: BilingualSchema, summary: BilingualSchema, subject: Subject, departmentCode: Type.String(), itemCode: Nullable(Type.String()),
  instantApproval: Type.Boolean(), autoGrant: Type.Boolean(), optOutDays: Type.Integer(),
  rule: Type.Object({
    subject: Subject, conditions: Type.Array(Type.Object({ label: BilingualSchema, feel: Type.String() })),
    dmn: Type.Optional(Nullable(Type.String({ description: 'DMN 1.3 XML with one decision table' }))),
  }),
  tests: Type.Array(TestCaseSchema), status: Type.String(), draftVersion: Type.Integer(), publishedVersion: Nullable(Type.Integer()), updatedAt: Timestamp,
});

export const MatchPlanSchema = Type.Object({
  mode: Type.Enum(['sql', 'sql+interpreted', 'interpreted']),
  sql: Nullable(Type.String({ description: 'the WHERE clause run in the database (the whole rule, or the compiled part)' })),
  interpreted: Type.Array(Type.Object({ where: Type.String(), reason: BilingualSchema }), { description: 'what runs record by record, and why' }),
  note: BilingualSchema,
});
export const RuleCheckSchema = Type.Object({ ok: Type.Literal(true), plan: MatchPlanSchema });

const TestResultSchema = Type.Object({
  name: Type.String(), passed: Type.Boolean(), expected: Facts, actual: Type.Record(Type.String(), JsonValue),
  failures: Type.Array(Type.Object({ key: Type.String(), expected: FactValueSchema, actual: JsonValue })),
});
export const TestRunSchema = Type.Object({ passed: Type.Boolean(), results: Type.Array(TestResultSchema) });
export const ImpactPreviewSchema = Type.Object({ persons: Type.Integer(), enterprises: Type.Integer(), plan: MatchPlanSchema, asOf: IsoDate });
export const PublishResultSchema = Type.Object({ code: Type.String(), version: Type.Integer(), matched: Type.Integer(), plan: MatchPlanSchema, tests: Type.Array(TestResultSchema) });
export const PolicyVersionSchema = Type.Object({ version: Type.Integer(), publishedAt: Timestamp, matchMode: Type.String(), matched: Type.Integer() });

const ConditionOutcomeSchema = Type.Object({ label: BilingualSchema, feel: Type.String(), holds: Nullable(Type.Boolean({ description: 'null: a fact it needs is not known' })) });
const TableOutcomeSchema = Type.Object({ ruleId: Nullable(Type.String()), description: Nullable(Type.String()), outputs: Type.Record(Type.String(), JsonValue) });
const SimulatedSchema = Type.Object({
  policyCode: Type.String(), version: Type.Integer(), name: BilingualSchema, eligible: Type.Boolean(), conditions: Type.Array(ConditionOutcomeSchema),
  table: Nullable(TableOutcomeSchema), unknownFacts: Type.Array(Type.String()),
});
export const SimulationSchema = Type.Object({ asOf: IsoDate, applies: Type.Array(SimulatedSchema), doesNotApply: Type.Array(SimulatedSchema) });

export const MyFactsSchema = Type.Object({
  subject: Subject, facts: Nullable(Facts),
  definitions: Type.Array(Type.Object({ name: Type.String(), type: Type.Enum(['number', 'string', 'boolean', 'date']), label: BilingualSchema, values: Nullable(Type.Array(Type.String())) })),
});
export const FactsSchema = Facts;
export const InstantCheckSchema = Type.Object({
  policyCode: Type.String(), version: Type.Integer(), approved: Type.Boolean(),
  explanation: Type.Object({ conditions: Type.Array(ConditionOutcomeSchema), table: Nullable(TableOutcomeSchema) }), decidedAt: Timestamp,
});

const TriggerActionSchema = Type.Union([
  Type.Object({ kind: Type.Literal('prepare_bundle'), bundleCode: Type.String(), recipient: Type.Enum(['subject', 'applicant']) }),
  Type.Object({ kind: Type.Literal('push_policies'), policyCodes: Type.Array(Type.String()) }),
]);
export const TriggerSchema = Type.Object({
  id: Uuid, code: Type.String(), name: BilingualSchema, departmentCode: Nullable(Type.String()), eventType: Type.String(), subject: Subject,
  condition: Type.String(), action: TriggerActionSchema, enabled: Type.Boolean(), updatedAt: Timestamp,
});
