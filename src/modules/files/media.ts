// What a file is, decided by its first bytes (magic numbers), never by its name or the type the client claims:
// a renamed text file or script must not pass as a scanned document. Only the formats materials are accepted in.
import type { Bilingual } from '../../platform/errors.js';

export const mediaTypes = ['application/pdf', 'image/jpeg', 'image/png'] as const;
export type MediaType = (typeof mediaTypes)[number];

interface Signature {
  type: MediaType;
  label: string; // shown to people: "PDF"
  magic: readonly number[];
}

const signatures: readonly Signature[] = [
  { type: 'application/pdf', label: 'PDF', magic: [0x25, 0x50, 0x44, 0x46, 0x2d] }, // "%PDF-" (ISO 32000-1 §7.5.2)
  { type: 'image/jpeg', label: 'JPEG', magic: [0xff, 0xd8, 0xff] }, // SOI marker and the next marker's 0xFF
  { type: 'image/png', label: 'PNG', magic: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a] }, // PNG spec §5.2
];

/** Bytes needed to recognise any supported type. */
export const SNIFF_BYTES = Math.max(...signatures.map((s) => s.magic.length));

export function detectMediaType(head: Uint8Array): MediaType | null {
  const hit = signatures.find((s) => head.length >= s.magic.length && s.magic.every((b, i) => head[i] === b));
  return hit?.type ?? null;
}

export const mediaLabel = (type: string) => signatures.find((s) => s.type === type)?.label ?? type;

// Names clients really send for these formats (old browsers, scanners' software).
const aliases: Record<string, MediaType> = {
  'application/pdf': 'application/pdf', 'application/x-pdf': 'application/pdf', 'application/acrobat': 'application/pdf',
  'image/jpeg': 'image/jpeg', 'image/jpg': 'image/jpeg', 'image/pjpeg': 'image/jpeg',
  'image/png': 'image/png', 'image/x-png': 'image/png',
};
// Said by clients that do not know the type: no claim at all.
const noClaim = new Set(['', 'application/octet-stream', 'binary/octet-stream', 'application/unknown']);

/**
 * Whether a declared type contradicts the detected one. An unknown or generic declaration claims nothing;
 * any other declaration must name the detected format.
 */
export function contradicts(declared: string | null | undefined, detected: MediaType): boolean {
  const bare = (declared ?? '').split(';')[0]!.trim().toLowerCase();
  if (noClaim.has(bare)) return false;
  return aliases[bare] !== detected;
}

export interface AcceptRule {
  accept: readonly string[]; // media types, as in a catalog material's upload rule; 'image/*' matches any image
  maxBytes: number;
}

export interface AcceptProblem {
  code: 'files.type_not_accepted' | 'files.too_large_for_material';
  message: Bilingual;
}

/** Human sizes in the units people see on their phones: 2 MB, 512 KB. */
export function formatBytes(n: number): string {
  if (n >= 1024 * 1024) return `${Number((n / (1024 * 1024)).toFixed(1))} MB`;
  if (n >= 1024) return `${Number((n / 1024).toFixed(1))} KB`;
  return `${n} B`;
}

const matches = (pattern: string, type: string) =>
  pattern === type || (pattern.endsWith('/*') && type.startsWith(pattern.slice(0, -1)));

/** Whether a stored file satisfies a material's upload rule: null when it does, else what is wrong, in zh and en. */
export function checkAccept(meta: { mediaType: string; size: number }, rule: AcceptRule): AcceptProblem | null {
  if (!rule.accept.some((a) => matches(a.toLowerCase(), meta.mediaType))) {
    const wanted = rule.accept.map(mediaLabel);
    return { code: 'files.type_not_accepted', message: {
      zh: `该材料只接受 ${wanted.join('、')} 格式，此文件为 ${mediaLabel(meta.mediaType)}`,
      en: `This material accepts ${wanted.join(', ')} only; this file is ${mediaLabel(meta.mediaType)}`,
    } };
  }
  if (meta.size > rule.maxBytes) {
    return { code: 'files.too_large_for_material', message: {
      zh: `该材料的文件不能超过 ${formatBytes(rule.maxBytes)}，此文件为 ${formatBytes(meta.size)}`,
      en: `A file for this material may be at most ${formatBytes(rule.maxBytes)}; this one is ${formatBytes(meta.size)}`,
    } };
  }
  return null;
}
