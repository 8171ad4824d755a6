// What the cases routes answer, as schemas: the serializer writes only what is declared here, and the OpenAPI
// document (and the web app's generated types) show it.
import { Type } from 'typebox';
import { BilingualSchema, IsoDate, JsonObject, Nullable, Timestamp, Uuid } from '../../platform/http/schemas.js';

const Light = Type.Union([Type.Literal('green'), Type.Literal('yellow'), Type.Literal('red')]);
const MaterialSource = Type.Union([Type.Literal('upload'), Type.Literal('certificate'), Type.Literal('exchange'), Type.Literal('paper')], { description: 'paper: taken at a window, scanned or original seen' });

export const TimeLimitSchema = Type.Object({
  light: Nullable(Light), remainingWorkingDays: Nullable(Type.Integer()), paused: Type.Boolean({ description: 'the clock stands still during 补正' }),
  calendarProvisional: Type.Boolean({ description: 'the due date was counted through a year whose official public holidays are not known yet: only weekends were days off, so it may come out early' }),
  calendarNote: Nullable(BilingualSchema),
});

export const TaskSchema = Type.Object({
  id: Uuid, applicationId: Uuid, stage: Type.Integer(), departmentId: Uuid, departmentCode: Type.String(), name: BilingualSchema,
  status: Type.String(), assigneeAccountId: Nullable(Uuid), openedAt: Nullable(Timestamp), dueOn: Nullable(IsoDate), decidedAt: Nullable(Timestamp),
  reason: Nullable(Type.String()), timeLimit: TimeLimitSchema,
});

export const ApplicationSchema = Type.Object({
  id: Uuid, number: Nullable(Type.String()), itemCode: Type.String(), itemVersionId: Uuid, bundleApplicationId: Nullable(Uuid),
  bundleNumber: Nullable(Type.String({ description: '一件事编号 (YJS…) of the life event the case belongs to' })),
  applicant: Type.Object({ personId: Uuid, enterpriseId: Nullable(Uuid), name: Type.String() }),
  channel: Type.String(), status: Type.String(), formData: JsonObject, regionCode: Type.String(), departmentCode: Type.String(),
  maskedFields: Type.Array(Type.String(), { description: 'sensitive fields shown masked: JSON pointers into formData, each revealed by a logged action' }),
  canReveal: Type.Boolean({ description: 'whether this reader may reveal a masked field (查看完整信息)' }),
  submittedAt: Nullable(Timestamp), acceptedAt: Nullable(Timestamp), decidedAt: Nullable(Timestamp), decisionReason: Nullable(Type.String()),
  dueOn: Nullable(IsoDate), timeLimitDays: Type.Integer(), pausedWorkingDays: Type.Integer(), timeLimit: TimeLimitSchema,
  materials: Type.Array(Type.Object({ code: Type.String(), source: Type.String(), fileId: Nullable(Uuid) })),
  tasks: Type.Array(TaskSchema),
  openSupplementRequest: Nullable(Type.Object({ id: Uuid, requestedAt: Timestamp, items: Type.Array(Type.Object({ target: Type.String(), reason: Type.String() })) })),
});

/** A new draft, with where each prefilled value came from. */
export const DraftSchema = Type.Object({ ...ApplicationSchema.properties,
  prefilled: Type.Array(Type.Object({ pointer: Type.String(), source: Type.String() })),
});

export const BundleSchema = Type.Object({ id: Uuid, number: Type.String(), bundleCode: Type.String(), status: Type.String(), applications: Type.Array(ApplicationSchema) });

export const TimelineEntrySchema = Type.Object({
  at: Timestamp, actor: Type.String(), kind: Type.String(), message: BilingualSchema,
  details: JsonObject,
  public: Type.Boolean({ description: 'false: an internal note, for the case\'s staff only' }),
});

export const QueueTaskSchema = Type.Object({ ...TaskSchema.properties,
  application: Type.Object({ id: Uuid, number: Nullable(Type.String()), itemCode: Type.String(), applicantName: Type.String({ description: 'masked for a person (王*)' }), status: Type.String() }),
});

export const MaterialOptionSchema = Type.Object({
  code: Type.String(), name: BilingualSchema, required: Type.Boolean(), core: Type.Boolean(),
  accepts: Type.Object({ upload: Type.Boolean(), certificateTypes: Type.Array(Type.String()), exchangeSource: Nullable(Type.String()),
    paper: Type.Array(Type.Union([Type.Literal('scan'), Type.Literal('original_seen')]), { description: 'how a window may take it on paper' }) }),
  attached: Nullable(Type.Object({ source: MaterialSource, fileId: Nullable(Uuid), reference: Nullable(Type.String()), attachedAt: Timestamp })),
  reusable: Type.Array(Type.Object({ certificateId: Uuid, type: Type.String(), typeName: BilingualSchema, issuer: BilingualSchema, issuedAt: Timestamp }),
    { description: 'certificates in the applicant\'s wallet that would do (减材料): offered, attached only when confirmed' }),
});

export const FetchedMaterialSchema = Type.Object({
  found: Type.Boolean(), data: Nullable(JsonObject), source: Type.String(), queryId: Uuid, signedAnswer: Type.String(), materials: Type.Array(MaterialOptionSchema),
});

const ReuseFigures = {
  byHand: Type.Integer(), reused: Type.Integer(), fromCertificates: Type.Integer(), fromExchange: Type.Integer(),
  rate: Nullable(Type.Number({ description: 'reused of all materials, 0..1; null when there were none' })),
};
export const CaseReuseSchema = Type.Object({ ...ReuseFigures, materials: Type.Array(Type.Object({ code: Type.String(), source: MaterialSource })) });
export const ReuseStatisticsSchema = Type.Object({
  overall: Type.Object({ ...ReuseFigures, cases: Type.Integer() }),
  items: Type.Array(Type.Object({ ...ReuseFigures, itemCode: Type.String(), cases: Type.Integer() })),
});

const DepartmentCounts = { submitted: Type.Integer(), decided: Type.Integer(), decidedOnTime: Type.Integer(), running: Type.Integer(), overdue: Type.Integer() };
export const CaseStatisticsSchema = Type.Object({
  regionCode: Type.String(), from: IsoDate, to: IsoDate, ...DepartmentCounts,
  byStatus: Type.Record(Type.String(), Type.Integer()),
  onTimeRate: Nullable(Type.Number({ description: 'decided on or before the due date, of those decided; null when none was' })),
  byDepartment: Type.Array(Type.Object({ departmentId: Uuid, departmentCode: Type.String(), departmentName: BilingualSchema, ...DepartmentCounts })),
});

export const RevealedFieldSchema = Type.Object({ field: Type.String(), value: Type.Unknown({ title: 'JsonValue', description: 'the field\'s value in the clear, as the form\'s schema describes it' }) });
