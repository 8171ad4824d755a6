// A person's notification preferences as the rest of notify reads them: the e-mail address decrypted, defaults
// filled in for someone who never set anything (inbox only, Chinese).
import { eq } from 'drizzle-orm';
import type { Ctx } from '../../platform/context.js';
import { notificationPreferences } from './schema.js';
import type { Language } from './templates.js';

export const EMAIL_COLUMN = 'notification_preferences.email'; // AAD: a ciphertext moved to another column fails

export interface ContactPreferences {
  stored: boolean; // false: never set, these are the defaults
  email: string | null;
  emailEnabled: boolean;
  smsEnabled: boolean;
  language: Language;
}

export async function loadPreferences(ctx: Ctx, personId: string, opts: { forUpdate?: boolean } = {}): Promise<ContactPreferences> {
  const query = ctx.db.select().from(notificationPreferences).where(eq(notificationPreferences.personId, personId));
  const [row] = opts.forUpdate ? await query.for('update') : await query;
  if (!row) return { stored: false, email: null, emailEnabled: false, smsEnabled: false, language: 'zh' };
  return {
    stored: true, email: row.emailEnc ? ctx.platform.keyring.decrypt(row.emailEnc, EMAIL_COLUMN) : null,
    emailEnabled: row.emailEnabled, smsEnabled: row.smsEnabled, language: row.language,
  };
}
