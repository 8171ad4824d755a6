// Facts fed by events: what a certificate says about its holder (or, for a birth, about the parent who applied)
// lands in the facts store, so policies see it without anyone typing it again. The data-exchange module will
// call recordFacts directly for its sources; these are the facts certificates carry today.
import type { Ctx } from '../../platform/context.js';
import type { EventOf } from '../../platform/jobs.js';
import { applicationForAutomaticCheck } from '../cases/index.js';
import { factsOfSubject, recordFacts, syncEnterprises, withdrawFactsFrom } from './store.js';

/** certificate.issued: birth → the parent's children and youngest child; retirement → retired; a licence → the enterprise. */
export async function factsFromCertificate(ctx: Ctx, event: EventOf<'certificate.issued'>): Promise<void> {
  const p = event.payload;
  const source = `certificate:${p.certificateId}`;
  const day = p.issuedAt.slice(0, 10);
  if (p.holder.kind === 'enterprise') {
    if (p.type === 'business-license') await syncEnterprises(ctx, [p.holder.enterpriseId]);
    return;
  }
  if (p.type === 'birth-medical-certificate' && p.applicationId) {
    const app = await applicationForAutomaticCheck(ctx, p.applicationId);
    if (!app) return; // the parent who applied holds the birth certificate; the child is a fact about them
    const known = await factsOfSubject(ctx, 'person', app.personId);
    if (known?.youngestChildBirthDate === day) return; // the same birth delivered twice
    await recordFacts(ctx, { kind: 'person', subjectId: app.personId, source, facts: {
      childrenCount: typeof known?.childrenCount === 'number' ? known.childrenCount + 1 : 1, youngestChildBirthDate: day } });
  } else if (p.type === 'retirement-certificate') {
    await recordFacts(ctx, { kind: 'person', subjectId: p.holder.personId, source, facts: { employmentStatus: 'retired' } });
  } else if (p.type === 'social-security-card') {
    await recordFacts(ctx, { kind: 'person', subjectId: p.holder.personId, source, facts: { pensionInsured: true } });
  }
}

/** certificate.revoked: what the certificate vouched for is withdrawn (a suspension is temporary and keeps it). */
export async function factsWithdrawnWithCertificate(ctx: Ctx, event: EventOf<'certificate.revoked'>): Promise<void> {
  await withdrawFactsFrom(ctx, `certificate:${event.payload.certificateId}`);
}
