// Schema pieces every module's routes share.
import { Type } from 'typebox';

export const BilingualSchema = Type.Object({ zh: Type.String(), en: Type.String() });

export const ErrorSchema = Type.Object({
  error: Type.Object({
    code: Type.String(),
    message: BilingualSchema,
    field: Type.Optional(Type.String()),
    details: Type.Array(Type.Object({ field: Type.String(), code: Type.String(), message: BilingualSchema })),
  }),
});

/** Error responses to document on a route, keyed by status. */
export const errors = (...statuses: number[]) => Object.fromEntries(statuses.map((s) => [s, ErrorSchema]));

export const Uuid = Type.String({ format: 'uuid' });
export const IsoDateTime = Type.String({ format: 'date-time' });
export const IdParams = Type.Object({ id: Uuid });
/** Names and short texts: trimmed content, no control characters. */
export const ShortText = (max = 100) => Type.String({ minLength: 1, maxLength: max, pattern: '^[^\\u0000-\\u001f]*\\S[^\\u0000-\\u001f]*$' });

/**
 * Free-form JSON an answer carries on purpose: form data described by the item's own JSON Schema, a data source's
 * record described by the source's schema. Named by its title so the contract test (src/contracts.test.ts) can tell
 * it from an answer nobody typed; never a whole answer.
 */
export const JsonObject = Type.Record(Type.String(), Type.Unknown(), { title: 'JsonObject', description: 'free-form JSON whose shape a published schema describes' });
/** Any JSON value inside such a document (one revealed form field, a fact's value). */
export const JsonValue = Type.Unknown({ title: 'JsonValue', description: 'a JSON value whose shape a published schema describes' });
/** Named free-form schemas the contract test accepts below the top of an answer. */
export const FREE_FORM_TITLES: readonly string[] = ['JsonObject', 'JsonValue', 'JsonSchema'];
