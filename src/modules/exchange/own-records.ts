// A department's own register (本部门登记信息), read for its own decisions: the police read their household register
// when they register a birth, a market regulator its business register when it issues a licence. Nothing crosses
// departments, so no grant is needed; the read is still for a stated purpose and lands in the subject's access log.
import { recordPersonalDataRead } from '../../platform/audit.js';
import type { Ctx } from '../../platform/context.js';
import { forbidden } from '../../platform/errors.js';
import { personIdByIdNumber } from '../identity/index.js';
import { sourceNotFound } from './errors.js';
import { canOnSource } from './policy.js';
import { findRecord, loadSource, subjectKeyOf } from './sources.js';

/**
 * The record of a person in a source the department owns, or null when the register has none. Refused to anyone
 * who does not speak for the owning department (its staff, its systems, the platform on its behalf).
 */
export async function readOwnRecord(ctx: Ctx, input: { source: string; departmentId: string; idNumber: string; purpose: string }): Promise<Record<string, unknown> | null> {
  const source = await loadSource(ctx, input.source, { activeOnly: true });
  if (source.ownerDepartmentId !== input.departmentId) throw sourceNotFound();
  if (!canOnSource(ctx.actor, 'read_own_records', source)) throw forbidden();
  const key = subjectKeyOf(source.subjectKind, { idNumber: input.idNumber }, '/subject');
  const data = await findRecord(ctx, source, key);
  const personId = await personIdByIdNumber(ctx, key);
  if (personId) {
    await recordPersonalDataRead(ctx, { personId, purpose: input.purpose, fields: [`exchange:${source.code}`],
      context: { source: source.code, consumerDepartmentId: input.departmentId, found: String(data !== null) } });
  }
  return data;
}
