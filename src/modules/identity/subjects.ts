// The identifiers other modules key their records by: a person's ID number, an enterprise's credit code. For the
// data-exchange module, which finds a source department's record by them; it records the read with its purpose.
import { eq } from 'drizzle-orm';
import type { Ctx } from '../../platform/context.js';
import { enterprises } from './schema.js';
import { findPersonRowByIdNumber, getPersonRow, ID_COLUMN } from './persons.js';

/** The ID number of a registered person, or null. Not audited here: the caller records why it looked. */
export async function personIdNumber(ctx: Ctx, personId: string): Promise<string | null> {
  const row = await getPersonRow(ctx, personId);
  return row ? ctx.platform.keyring.decrypt(row.idNumberEnc, ID_COLUMN) : null;
}

export async function personIdByIdNumber(ctx: Ctx, idNumber: string): Promise<string | null> {
  return (await findPersonRowByIdNumber(ctx, idNumber))?.id ?? null;
}

export async function enterpriseCreditCode(ctx: Ctx, enterpriseId: string): Promise<string | null> {
  const [row] = await ctx.db.select({ creditCode: enterprises.creditCode }).from(enterprises).where(eq(enterprises.id, enterpriseId));
  return row?.creditCode ?? null;
}

export async function enterpriseIdByCreditCode(ctx: Ctx, creditCode: string): Promise<string | null> {
  const [row] = await ctx.db.select({ id: enterprises.id }).from(enterprises).where(eq(enterprises.creditCode, creditCode));
  return row?.id ?? null;
}
