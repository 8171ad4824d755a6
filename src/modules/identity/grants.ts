// What delegations and agent authorisations share: a validity window that must make sense.
import type { Ctx } from '../../platform/context.js';
import { invalidField } from '../../platform/errors.js';

export interface GrantWindow {
  validFrom?: string | undefined; // ISO date-time; now when absent
  validUntil: string;
}

const MAX_DAYS = 366 * 3;

export function checkValidity(ctx: Ctx, input: GrantWindow): { validFrom: Date; validUntil: Date } {
  const now = ctx.clock.now();
  const validFrom = input.validFrom ? new Date(input.validFrom) : now;
  const validUntil = new Date(input.validUntil);
  if (validUntil <= now || validUntil <= validFrom) {
    throw invalidField('/validUntil', 'identity.validity_invalid', { zh: '授权截止时间须晚于当前时间和起始时间', en: 'The end of the authorisation must be after now and after its start' });
  }
  if (validUntil.getTime() - validFrom.getTime() > MAX_DAYS * 86_400_000) {
    throw invalidField('/validUntil', 'identity.validity_too_long', { zh: '授权期限最长三年', en: 'An authorisation lasts at most three years' });
  }
  return { validFrom, validUntil };
}
