// Assertions several test files share.
import { expect } from 'vitest';

/** A refusal with this status and code, naming the field, in a Chinese sentence and an English one. */
export function expectFieldError(res: { statusCode: number; json(): unknown }, status: number, code: string, field: string): void {
  expect(res.statusCode, JSON.stringify(res.json())).toBe(status);
  const { error } = res.json() as { error: { code: string; field?: string; message: { zh: string; en: string }; details: { field: string }[] } };
  expect(error.code).toBe(code);
  expect(error.field).toBe(field);
  expect(error.details.map((d) => d.field)).toContain(field);
  expect(error.message.zh).toMatch(/[\u4e00-\u9fff]/); // a Chinese sentence, not a copy of the English one
  expect(error.message.en).toMatch(/[a-z]/i);
}
