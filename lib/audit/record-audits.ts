// Appends several audit rows in one statement, inside the caller's transaction (bulk import
// writes one per article of a batch; one INSERT instead of a round trip each).
import type { Tx } from "@/lib/db";
import type { AuditEntry } from "./record-audit";

export async function recordAudits(tx: Tx, entries: AuditEntry[]): Promise<void> {
  if (entries.length === 0) return;
  const rows = entries.map((e) => ({
    actorId: e.actorId,
    action: e.action,
    entityType: e.entityType,
    entityId: e.entityId,
    before: e.before ?? null,
    after: e.after ?? null,
    claimId: e.claimId ?? null,
    articleId: e.articleId ?? null,
  }));
  await tx.$executeRaw`
    INSERT INTO audit_log ("actorId", action, "entityType", "entityId", before, after, "claimId", "articleId")
    SELECT r."actorId", r.action, r."entityType", r."entityId", r.before, r.after, r."claimId", r."articleId"
      FROM json_populate_recordset(NULL::audit_log, ${JSON.stringify(rows)}::json) AS r`;
}
