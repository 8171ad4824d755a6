// Content-addressed storage on disk: a file's bytes live at <dataDir>/files/<aa>/<bb>/<sha256>, so the same bytes
// uploaded twice are stored once. Bytes are streamed to a temporary file beside the store (the name is known only
// once the last byte is hashed), fsynced, then renamed into place: a crash leaves at most a stray temporary file,
// never a half-written file under a final name. The rename is atomic because both live on one file system.
import crypto from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';
import type { Readable } from 'node:stream';
import { fileCorrupt, fileEmpty, fileTooLarge, fileTypeMismatch, fileTypeUnsupported } from './errors.js';
import { contradicts, detectMediaType, SNIFF_BYTES, type MediaType } from './media.js';

export const storeRoot = (dataDir: string) => path.join(dataDir, 'files');

/** Where the bytes with this SHA-256 live. */
export function blobPath(dataDir: string, sha256: string): string {
  if (!/^[0-9a-f]{64}$/.test(sha256)) throw new Error('Not a SHA-256 hex digest');
  return path.join(storeRoot(dataDir), sha256.slice(0, 2), sha256.slice(2, 4), sha256);
}

export interface StoredBlob {
  sha256: string;
  size: number;
  mediaType: MediaType;
}

export interface IngestOptions {
  maxBytes: number;
  declaredType?: string | null | undefined;
  tempName: string; // unique per call
}

const toBuffer = (chunk: Uint8Array | string) => (typeof chunk === 'string' ? Buffer.from(chunk) : Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength));

async function fsyncDir(dir: string): Promise<void> {
  const handle = await fs.open(dir, 'r');
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}

/**
 * Checks and stores one file. The type is decided from the first bytes before anything touches the disk; an
 * empty, unrecognised, mislabelled or oversized file is refused and leaves nothing behind.
 */
export async function ingest(dataDir: string, source: AsyncIterable<Uint8Array | string>, opts: IngestOptions): Promise<StoredBlob> {
  const iterator = source[Symbol.asyncIterator]();
  try {
    return await check(dataDir, iterator, opts);
  } catch (err) {
    await iterator.return?.()?.catch(() => undefined); // stop reading the rest of a refused upload; the refusal is what counts
    throw err;
  }
}

async function check(dataDir: string, iterator: AsyncIterator<Uint8Array | string>, opts: IngestOptions): Promise<StoredBlob> {
  const head: Buffer[] = [];
  let headBytes = 0;
  let ended = false;
  // Enough bytes to recognise the type, or the whole file if it is shorter.
  while (headBytes < SNIFF_BYTES) {
    const next = await iterator.next();
    if (next.done) {
      ended = true;
      break;
    }
    const chunk = toBuffer(next.value);
    head.push(chunk);
    headBytes += chunk.length;
  }
  if (headBytes === 0) throw fileEmpty();
  const mediaType = detectMediaType(Buffer.concat(head));
  if (!mediaType) throw fileTypeUnsupported();
  if (opts.declaredType && contradicts(opts.declaredType, mediaType)) throw fileTypeMismatch(opts.declaredType, mediaType);

  const root = storeRoot(dataDir);
  const incoming = path.join(root, '.incoming');
  await fs.mkdir(incoming, { recursive: true });
  const tempPath = path.join(incoming, `${opts.tempName}.part`);
  const hash = crypto.createHash('sha256');
  let size = 0;
  let renamed = false;
  const handle = await fs.open(tempPath, 'wx', 0o600);
  try {
    const write = async (chunk: Buffer) => {
      size += chunk.length;
      if (size > opts.maxBytes) throw fileTooLarge(opts.maxBytes);
      hash.update(chunk);
      await handle.write(chunk);
    };
    for (const chunk of head) await write(chunk);
    while (!ended) {
      const next = await iterator.next();
      if (next.done) break;
      await write(toBuffer(next.value));
    }
    await handle.sync();
    await handle.close();
    const sha256 = hash.digest('hex');
    const finalPath = blobPath(dataDir, sha256);
    await fs.mkdir(path.dirname(finalPath), { recursive: true });
    // Renaming over an existing copy replaces identical bytes (or repairs a damaged copy) atomically.
    await fs.rename(tempPath, finalPath);
    renamed = true;
    await fsyncDir(path.dirname(finalPath)); // the rename itself survives a power cut
    return { sha256, size, mediaType };
  } finally {
    if (!renamed) {
      await handle.close().catch(() => undefined); // already closed on the success path
      await fs.rm(tempPath, { force: true });
    }
  }
}

const CHUNK = 256 * 1024;

/**
 * Opens stored bytes after checking they still hash to their name: a file changed or damaged on disk is reported,
 * not served. The check reads the same open file the stream then serves, so a replaced file cannot slip in between.
 */
export async function openVerified(dataDir: string, sha256: string, size: number): Promise<Readable> {
  let handle: fs.FileHandle;
  try {
    handle = await fs.open(blobPath(dataDir, sha256), 'r');
  } catch (err) {
    throw fileCorrupt(err); // the row exists, so the bytes must: a missing file is damage too
  }
  try {
    const hash = crypto.createHash('sha256');
    const buffer = Buffer.alloc(CHUNK);
    let position = 0;
    for (;;) {
      const { bytesRead } = await handle.read(buffer, 0, CHUNK, position);
      if (bytesRead === 0) break;
      hash.update(buffer.subarray(0, bytesRead));
      position += bytesRead;
    }
    if (position !== size || hash.digest('hex') !== sha256) {
      throw fileCorrupt(new Error(`Stored file ${sha256} no longer matches its hash (size ${position}, expected ${size})`));
    }
  } catch (err) {
    await handle.close();
    throw err;
  }
  return handle.createReadStream({ start: 0, autoClose: true });
}
