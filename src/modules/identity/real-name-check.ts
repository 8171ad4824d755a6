// 实名核验 online, at the person's own request: level 2 means the name and ID number the person registered with
// agree with a registry the platform trusts (the household register of 公安, through the data exchange). Identity
// cannot read the exchange (the exchange depends on identity), so the exchange registers the registry here at start.
import type { Ctx } from '../../platform/context.js';
import { withTransaction } from '../../platform/context.js';
import { recordAudit } from '../../platform/audit.js';
import { AppError, forbidden, invalidField } from '../../platform/errors.js';
import { personNotFound } from './errors.js';
import { canOnPerson } from './policy.js';
import { getPersonRow, ID_COLUMN, personView, raiseRealNameLevel, type PersonView } from './persons.js';

/** What a registry says about a name and an ID number: on record and the names agree, on record with another name, or not on record. */
export type RegistryAnswer = 'agrees' | 'disagrees' | 'not_found';

export interface RealNameRegistry {
  /** The registry's code, recorded as the method of the check (`source:<code>`). */
  source: string;
  check(ctx: Ctx, input: { idNumber: string; name: string }): Promise<RegistryAnswer>;
}

let registry: RealNameRegistry | null = null;

/** Called once by the module that can read the registry (the exchange). */
export function registerRealNameRegistry(r: RealNameRegistry): void {
  registry = r;
}

/**
 * The signed-in person asks to be checked against the registry. Only their own record, with the name they
 * registered under (they cannot try other names), so it tells them nothing about anyone else. A disagreement or a
 * number not on record is no error of the platform: they are told to bring their ID card to a window (level 3).
 */
export function checkMyRealName(ctx: Ctx): Promise<PersonView> {
  return withTransaction(ctx, async (tx) => {
    const personId = tx.actor.personId;
    const row = personId ? await getPersonRow(tx, personId) : undefined;
    if (!row) throw forbidden();
    if (!canOnPerson(tx.actor, 'request_registry_check', row)) throw personNotFound();
    if (row.realNameLevel >= 2) {
      throw invalidField('', 'identity.already_checked', { zh: '您的实名等级已是二级或以上，无需再次核验', en: 'Your real-name level is already 2 or higher' }, 409);
    }
    if (!registry) {
      throw new AppError({ code: 'identity.registry_unavailable', status: 503,
        message: { zh: '暂时无法连接户籍登记系统，请稍后再试，或携带身份证到政务服务窗口核验', en: 'The household register cannot be reached now; try later, or bring your ID card to a service window' } });
    }
    const answer = await registry.check(tx, { idNumber: tx.platform.keyring.decrypt(row.idNumberEnc, ID_COLUMN), name: row.name });
    await recordAudit(tx, { action: 'person.registry_check_requested', subjectType: 'person', subjectId: row.id, subjectPersonId: row.id,
      purpose: `实名核验 ${registry.source}`, details: { answer } });
    if (answer !== 'agrees') {
      throw invalidField('', 'identity.registry_check_failed', {
        zh: '户籍登记中未找到与您注册的姓名和公民身份号码一致的记录。请携带身份证到任一政务服务窗口核验（实名三级）。',
        en: 'The household register has no record with the name and ID number you registered. Please bring your ID card to any service window to be verified in person (level 3).',
      }, 422);
    }
    return personView(tx.platform.keyring, await raiseRealNameLevel(tx, row, 2, `source:${registry.source}`, `实名核验 ${registry.source}`));
  });
}
