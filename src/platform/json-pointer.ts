// JSON Pointer (RFC 6901): '/a/b~1c' names doc.a['b/c']; '~' is written '~0' and '/' is written '~1', and a
// token is unescaped '~1' first, then '~0' (so '~01' is '~1', not '/'). The one implementation the server uses
// for form data, certificate claims, catalogue problems and sensitive fields.

/** One reference token as written in a pointer. */
export const escapeToken = (token: string) => token.replaceAll('~', '~0').replaceAll('/', '~1');
export const unescapeToken = (token: string) => token.replaceAll('~1', '/').replaceAll('~0', '~');

/** The tokens of a pointer; '' is the whole document. Throws on a pointer that does not start with '/'. */
export function parsePointer(pointer: string): string[] {
  if (pointer === '') return [];
  if (!pointer.startsWith('/')) throw new Error(`JSON Pointer must start with '/': ${pointer}`);
  return pointer.slice(1).split('/').map(unescapeToken);
}

export const formatPointer = (tokens: readonly string[]) => tokens.map((t) => `/${escapeToken(t)}`).join('');

/** The value a pointer names, or undefined when any step is missing (own properties only). */
export function valueAt(doc: unknown, pointer: string): unknown {
  let node = doc;
  for (const token of parsePointer(pointer)) {
    if (node === null || typeof node !== 'object' || !Object.hasOwn(node, token)) return undefined;
    node = (node as Record<string, unknown>)[token];
  }
  return node;
}

// A key like these would reach Object.prototype through a plain object: data never names them.
const FORBIDDEN = new Set(['__proto__', 'prototype', 'constructor']);

/** Sets the value a pointer names, making objects on the way. Refuses the root and prototype keys. */
export function setPointer(target: Record<string, unknown>, pointer: string, value: unknown): void {
  const tokens = parsePointer(pointer);
  if (tokens.length === 0) throw new Error('JSON Pointer: cannot set the whole document');
  if (tokens.some((t) => FORBIDDEN.has(t))) throw new Error(`JSON Pointer: refused key in ${pointer}`);
  let node = target;
  for (const token of tokens.slice(0, -1)) {
    if (typeof node[token] !== 'object' || node[token] === null) node[token] = {};
    node = node[token] as Record<string, unknown>;
  }
  node[tokens.at(-1)!] = value;
}

/** The container a pointer's last token lives in, and that token. */
export function parentOf(doc: unknown, pointer: string): { parent: unknown; key: string } {
  const tokens = parsePointer(pointer);
  if (tokens.length === 0) throw new Error('JSON Pointer: the whole document has no parent');
  return { parent: valueAt(doc, formatPointer(tokens.slice(0, -1))), key: tokens.at(-1)! };
}

/** Removes what a pointer names (an array element is spliced out, so later ones move up); a missing path is fine. */
export function removePointer(target: Record<string, unknown>, pointer: string): void {
  const { parent, key } = parentOf(target, pointer);
  if (Array.isArray(parent)) parent.splice(Number(key), 1);
  else if (parent !== null && typeof parent === 'object' && Object.hasOwn(parent, key)) delete (parent as Record<string, unknown>)[key];
}

/** A copy of `root` with the pointer set to `value`, or removed where `remove(value)` says so (for forms' state). */
export function withPointer<T>(root: T, pointer: string, value: unknown, remove: (v: unknown) => boolean = (v) => v === undefined): T {
  const copy = structuredClone(root) as Record<string, unknown>;
  if (remove(value)) removePointer(copy, pointer);
  else setPointer(copy, pointer, value);
  return copy as T;
}
