// Personal data at rest: AES-256-GCM with a random nonce, bound to the column it belongs to, plus a keyed blind
// index (HMAC-SHA-256) so an exact value can be looked up without decrypting every row. Every key is derived
// from the one master secret with HKDF, each for one purpose.
import crypto from 'node:crypto';

export interface Keyring {
  encrypt(plaintext: string, column: string): string;
  decrypt(envelope: string, column: string): string;
  blindIndex(value: string, column: string): string;
  /** HMAC for tokens the server hands out and checks later (CSRF). */
  mac(purpose: string, value: string): string;
}

const VERSION = 'v1';

function derive(master: Buffer, info: string): Buffer {
  return Buffer.from(crypto.hkdfSync('sha256', master, Buffer.alloc(0), `tongban/${info}`, 32));
}

export function createKeyring(secretKeyBase64: string): Keyring {
  const master = Buffer.from(secretKeyBase64, 'base64');
  if (master.length !== 32) throw new Error('The secret key must be 32 bytes');
  const encryptionKey = derive(master, 'pii-encryption/v1');
  const indexKey = derive(master, 'blind-index/v1');
  const macKey = derive(master, 'token-mac/v1');

  return {
    encrypt(plaintext, column) {
      const iv = crypto.randomBytes(12);
      const cipher = crypto.createCipheriv('aes-256-gcm', encryptionKey, iv);
      cipher.setAAD(Buffer.from(column)); // a ciphertext moved to another column fails to decrypt
      const body = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()]);
      return `${VERSION}.${Buffer.concat([iv, cipher.getAuthTag(), body]).toString('base64url')}`;
    },
    decrypt(envelope, column) {
      const parts = envelope.split('.');
      const [version, payload] = parts;
      if (parts.length !== 2 || version !== VERSION || !payload) throw new Error(`Unknown ciphertext format in ${column}`);
      const raw = Buffer.from(payload, 'base64url');
      // Only the exact envelope encrypt() wrote: full 16-byte tag, canonical base64url.
      if (raw.length < 28 || raw.toString('base64url') !== payload) throw new Error(`Malformed ciphertext in ${column}`);
      const decipher = crypto.createDecipheriv('aes-256-gcm', encryptionKey, raw.subarray(0, 12), { authTagLength: 16 });
      decipher.setAAD(Buffer.from(column));
      decipher.setAuthTag(raw.subarray(12, 28));
      return Buffer.concat([decipher.update(raw.subarray(28)), decipher.final()]).toString('utf8');
    },
    blindIndex(value, column) {
      return crypto.createHmac('sha256', indexKey).update(`${column}\u0000${value}`).digest('base64url');
    },
    mac(purpose, value) {
      return crypto.createHmac('sha256', macKey).update(`${purpose}\u0000${value}`).digest('base64url');
    },
  };
}

export const newSecretKey = () => crypto.randomBytes(32).toString('base64');

export const randomToken = (bytes = 32) => crypto.randomBytes(bytes).toString('base64url');

export const sha256 = (value: string) => crypto.createHash('sha256').update(value).digest('hex');

/** Constant-time string comparison for secrets. */
export function safeEqual(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && crypto.timingSafeEqual(x, y);
}
