// Schema pieces every module's routes share.
import { Type, type TSchema } from 'typebox';

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
/** An instant in an answer: the service may hand a Date, which the serializer writes as an ISO 8601 string. */
export const Timestamp = Type.Unsafe<Date | string>({ type: 'string', format: 'date-time' });
/** A China calendar date in an answer, YYYY-MM-DD. */
export const IsoDate = Type.String({ format: 'date' });
/** `T` or null. */
export const Nullable = <T extends TSchema>(t: T) => Type.Union([t, Type.Null()]);
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

/** A public JSON Web Key (RFC 7517). Only the public members are declared: a private part can never leave in an answer. */
const PublicJwkSchema = Type.Object({
  kty: Type.String(), kid: Type.String(), alg: Type.String(), use: Type.Literal('sig'),
  crv: Type.Optional(Type.String()), x: Type.Optional(Type.String()), y: Type.Optional(Type.String()), n: Type.Optional(Type.String()), e: Type.Optional(Type.String()),
});
export const JwksSchema = Type.Object({ keys: Type.Array(PublicJwkSchema) });
