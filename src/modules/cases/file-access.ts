// What the files module asks of cases (issue 13 item 8): staff read an uploaded file only through a case that holds
// it and that they work on. The answer uses cases' own read rule for staff (policy.ts isStaffOf), so a file is never
// open to more staff than the case it belongs to.
import { eq } from 'drizzle-orm';
import type { Ctx } from '../../platform/context.js';
import { isStaffOf } from './policy.js';
import { applicationMaterials, applications } from './schema.js';
import { factsOf } from './views.js';

export interface StaffCase {
  applicationId: string;
  number: string | null;
}

/** A submitted case holding the file that the actor works on as staff, or null. */
export async function staffCaseHoldingFile(ctx: Ctx, fileId: string): Promise<StaffCase | null> {
  const rows = await ctx.db.select({ a: applications }).from(applicationMaterials)
    .innerJoin(applications, eq(applications.id, applicationMaterials.applicationId)).where(eq(applicationMaterials.fileId, fileId)).limit(20);
  for (const { a } of rows) {
    if (isStaffOf(ctx.actor, await factsOf(ctx, a))) return { applicationId: a.id, number: a.number };
  }
  return null;
}
