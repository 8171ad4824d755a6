// Sensitive form fields (x-sensitive, ID numbers): encrypted at rest inside form data, masked for staff, revealed
// only by an explicit, logged action. A sealed value is stored in place as { "$sealed": "<envelope>" }, the
// envelope AES-256-GCM (platform/crypto.ts) bound to the row and the field's JSON pointer, so a value copied to
// another case or another field does not decrypt. Plain values written before sealing existed stay readable:
// the column holds both, so no migration rewrites old rows (they are masked for staff all the same).
import { escapeToken, parentOf as pointerParent, valueAt as pointerValue } from '../../platform/json-pointer.js';
import type { Keyring } from '../../platform/crypto.js';
import { invalidField } from '../../platform/errors.js';
import { maskIdNumber } from '../../platform/identifiers.js';

const SEALED = '$sealed';

/** Deepest nesting of form data we accept: real forms are a few levels deep. */
export const MAX_FORM_DEPTH = 32;

/** Where a form lives, as the binding of its sealed values: the table, the column and the row. */
export const applicationForm = (applicationId: string) => `applications.form_data:${applicationId}`;
export const bundleSharedData = (bundleId: string) => `bundle_applications.shared_data:${bundleId}`;


const isSealed = (v: unknown): v is { [SEALED]: string } =>
  !!v && typeof v === 'object' && !Array.isArray(v) && typeof (v as Record<string, unknown>)[SEALED] === 'string' && Object.keys(v).length === 1;

/**
 * Refuses form data nested deeper than {@link MAX_FORM_DEPTH} or using the key reserved for sealed values. Walks
 * with its own stack, so data nested a million levels deep costs no call stack.
 */
export function checkFormShape(data: unknown, field: string): void {
  const stack: { node: unknown; depth: number; at: string }[] = [{ node: data, depth: 0, at: field }];
  while (stack.length) {
    const { node, depth, at } = stack.pop()!;
    if (!node || typeof node !== 'object') continue;
    if (depth >= MAX_FORM_DEPTH) {
      throw invalidField(field, 'cases.form_too_deep', { zh: `申请表嵌套过深（最多 ${MAX_FORM_DEPTH} 层）`, en: `The form is nested too deeply (at most ${MAX_FORM_DEPTH} levels)` });
    }
    for (const [key, value] of Object.entries(node)) {
      if (key === SEALED) throw invalidField(`${at}/${escape(key)}`, 'cases.form_reserved_key', { zh: `字段名 ${SEALED} 为系统保留`, en: `The field name ${SEALED} is reserved` });
      stack.push({ node: value, depth: depth + 1, at: `${at}/${escape(key)}` });
    }
  }
}

/** The concrete pointers in `data` that a pattern ('/members/*∕idNumber') names, where a value is present. */
function concretePointers(pattern: string, data: unknown): string[] {
  let found: { at: string; node: unknown }[] = [{ at: '', node: data }];
  for (const part of pattern.split('/').slice(1)) {
    const next: { at: string; node: unknown }[] = [];
    for (const { at, node } of found) {
      if (!node || typeof node !== 'object') continue;
      if (part === '*') {
        if (Array.isArray(node)) node.forEach((v, i) => next.push({ at: `${at}/${i}`, node: v }));
      } else if (!Array.isArray(node) && Object.hasOwn(node, part)) {
        next.push({ at: `${at}/${escapeToken(part)}`, node: (node as Record<string, unknown>)[part] });
      }
    }
    found = next;
  }
  return found.filter((f) => f.node !== undefined && f.node !== null).map((f) => f.at);
}

// The pointers come from concretePointers over the same data, so the parent is there.
const parentOf = (data: Record<string, unknown>, pointer: string) =>
  pointerParent(data, pointer) as { parent: Record<string, unknown> | unknown[]; key: string };

/** Every sensitive value present in `data` (plain or sealed), by concrete pointer. */
export function sensitiveIn(patterns: readonly string[], data: Record<string, unknown>): string[] {
  return [...new Set(patterns.flatMap((p) => concretePointers(p, data)))];
}

/** A copy of `data` with every sensitive value sealed where it lives (`where`: the row, then the pointer). */
export function sealForm(keyring: Keyring, where: string, patterns: readonly string[], data: Record<string, unknown>): Record<string, unknown> {
  const out = structuredClone(data);
  for (const pointer of sensitiveIn(patterns, out)) {
    const { parent, key } = parentOf(out, pointer);
    const value = (parent as Record<string, unknown>)[key];
    if (isSealed(value)) continue;
    (parent as Record<string, unknown>)[key] = { [SEALED]: keyring.encrypt(JSON.stringify(value), `${where}${pointer}`) };
  }
  return out;
}

/** A copy of `data` with every sealed value opened, and the pointers that were sealed. */
export function openForm(keyring: Keyring, where: string, data: Record<string, unknown>): { data: Record<string, unknown>; sealed: string[] } {
  const out = structuredClone(data);
  const sealed: string[] = [];
  const stack: { node: Record<string, unknown> | unknown[]; at: string; depth: number }[] = [{ node: out, at: '', depth: 0 }];
  while (stack.length) {
    const { node, at, depth } = stack.pop()!;
    if (depth > MAX_FORM_DEPTH * 2) continue; // nothing is sealed that deep
    for (const [key, value] of Object.entries(node)) {
      const pointer = `${at}/${escape(key)}`;
      if (isSealed(value)) {
        (node as Record<string, unknown>)[key] = JSON.parse(keyring.decrypt(value[SEALED], `${where}${pointer}`));
        sealed.push(pointer);
      } else if (value && typeof value === 'object') {
        stack.push({ node: value as Record<string, unknown>, at: pointer, depth: depth + 1 });
      }
    }
  }
  return { data: out, sealed };
}

const maskName = (s: string) => ([...s].length <= 2 ? `${[...s][0] ?? ''}*` : `${[...s][0]}${'*'.repeat([...s].length - 2)}${[...s].at(-1)}`);

/** How a sensitive value shows to staff: 110101********1234, 138****0001, ************6789, 示范市东湖区****. */
export function maskValue(value: unknown): string {
  if (typeof value !== 'string') return '****';
  const s = value.trim();
  if (/^\d{17}[\dXx]$/.test(s)) return maskIdNumber(s);
  if (/^1\d{10}$/.test(s)) return `${s.slice(0, 3)}****${s.slice(-4)}`;
  if (/^[\d\s-]{8,}$/.test(s)) return `${'*'.repeat(Math.max(4, s.length - 4))}${s.slice(-4)}`;
  const chars = [...s];
  if (chars.length <= 4) return maskName(s);
  return `${chars.slice(0, Math.min(6, Math.floor(chars.length / 3))).join('')}****`;
}

/** A person's name in a list staff scan: the first and last character (王*, 张*英). */
export const maskPersonName = maskName;

/** A copy of `data` with the values at `pointers` masked. */
export function maskForm(data: Record<string, unknown>, pointers: readonly string[]): Record<string, unknown> {
  const out = structuredClone(data);
  for (const pointer of pointers) {
    const { parent, key } = parentOf(out, pointer);
    if (parent && typeof parent === 'object' && Object.hasOwn(parent, key)) (parent as Record<string, unknown>)[key] = maskValue((parent as Record<string, unknown>)[key]);
  }
  return out;
}

/** The value at a concrete pointer. */
export function valueAt(data: Record<string, unknown>, pointer: string): unknown {
  return pointerValue(data, pointer);
}
