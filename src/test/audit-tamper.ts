// What someone with database rights can do to the audit trail without leaving a broken link: rewrite rows and
// recompute every hash after them and the head, or delete the newest rows and move the head back. The chain is
// consistent again afterwards; only a checkpoint kept outside the database tells.
import { asc, gte, sql, type SQL } from 'drizzle-orm';
import { auditHash, GENESIS_HASH } from '../platform/audit.js';
import type { Db } from '../platform/db.js';
import { auditLog } from '../platform/schema.js';

/** Runs the statements with the append-only trigger switched off, as the table's owner can. */
export async function tamperAuditLog(db: Db, statements: SQL[]): Promise<void> {
  await db.execute(sql`ALTER TABLE audit_log DISABLE TRIGGER USER`);
  try {
    for (const s of statements) await db.execute(s);
  } finally {
    await db.execute(sql`ALTER TABLE audit_log ENABLE TRIGGER USER`);
  }
}

/** Changes row `seq`'s actor and details, re-hashes it and every row after it, and moves the head along. */
export async function rewriteAuditChain(db: Db, seq: number, change: { actor?: string; details?: Record<string, unknown> }): Promise<void> {
  const [before] = seq > 1 ? await db.select().from(auditLog).where(gte(auditLog.seq, seq - 1)).orderBy(asc(auditLog.seq)).limit(1) : [];
  let prevHash = before?.hash ?? GENESIS_HASH;
  const rows = await db.select().from(auditLog).where(gte(auditLog.seq, seq)).orderBy(asc(auditLog.seq));
  const statements: SQL[] = [];
  for (const row of rows) {
    const forged = { ...row, ...(row.seq === seq ? change : {}), prevHash };
    const hash = auditHash(forged);
    statements.push(sql`UPDATE audit_log SET actor = ${forged.actor}, details = ${JSON.stringify(forged.details)}::jsonb,
      prev_hash = ${prevHash}, hash = ${hash} WHERE seq = ${row.seq}`);
    prevHash = hash;
  }
  statements.push(sql`UPDATE platform_meta SET value = ${JSON.stringify({ seq: rows.at(-1)!.seq, hash: prevHash })}::jsonb WHERE key = 'audit.head'`);
  await tamperAuditLog(db, statements);
}

/** Deletes every row after `keep` and points the head at row `keep`. */
export async function truncateAuditChain(db: Db, keep: number): Promise<void> {
  const [last] = await db.select().from(auditLog).where(gte(auditLog.seq, keep)).orderBy(asc(auditLog.seq)).limit(1);
  await tamperAuditLog(db, [
    sql`DELETE FROM audit_log WHERE seq > ${keep}`,
    sql`UPDATE platform_meta SET value = ${JSON.stringify({ seq: keep, hash: keep === 0 ? GENESIS_HASH : last!.hash })}::jsonb WHERE key = 'audit.head'`,
  ]);
}
