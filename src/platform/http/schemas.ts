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
