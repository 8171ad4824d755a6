// The registry behind online real-name checks (实名核验, level 2): the household register (户籍) as the exchange holds
// it. Only whether the name agrees leaves this file; the record itself stays here.
import type { Ctx } from '../../platform/context.js';
import { AppError } from '../../platform/errors.js';
import { registerRealNameRegistry, type RegistryAnswer } from '../identity/index.js';
import { findRecord, loadSource } from './sources.js';

export const REAL_NAME_SOURCE = 'police.household-registration';

/** Names compare without spaces and middle dots (少数民族姓名 such as 阿依古丽·买买提 are written with or without them). */
const normalName = (name: string) => name.normalize('NFKC').replace(/[\s·•・.]/g, '');

async function check(ctx: Ctx, input: { idNumber: string; name: string }): Promise<RegistryAnswer> {
  // No register on this platform (or retired): nobody can be checked online; a database failure is still an error.
  const source = await loadSource(ctx, REAL_NAME_SOURCE, { activeOnly: true }).catch((err: unknown) => {
    if (err instanceof AppError && err.status === 404) return null;
    throw err;
  });
  if (!source) return 'not_found';
  const record = await findRecord(ctx, source, input.idNumber);
  if (!record) return 'not_found';
  return typeof record.name === 'string' && normalName(record.name) === normalName(input.name) ? 'agrees' : 'disagrees';
}

export function registerRealNameRegistryOfExchange(): void {
  registerRealNameRegistry({ source: REAL_NAME_SOURCE, check });
}
