// Contact details for sending a person messages (notify): the phone number SMS goes to.
import { eq } from 'drizzle-orm';
import type { Ctx } from '../../platform/context.js';
import { persons } from './schema.js';

const PHONE_COLUMN = 'persons.phone'; // the column persons.ts encrypts the phone under (AAD): the two must agree

/**
 * The person's phone number in clear, or null when none is on record. Sending someone their own message is not
 * a human reading their data (法无授权不可为 concerns people looking), so this records no data-access entry.
 * Callers hand the number to a gateway or show it masked to the person themself; never to anyone else, never
 * to a log.
 */
export async function contactPhone(ctx: Ctx, personId: string): Promise<string | null> {
  const [row] = await ctx.db.select({ phoneEnc: persons.phoneEnc }).from(persons).where(eq(persons.id, personId));
  return row?.phoneEnc ? ctx.platform.keyring.decrypt(row.phoneEnc, PHONE_COLUMN) : null;
}
