// Everything that happened to a claim, newest first: its own rows, evidence, notes on its passage
// and links to or from it. Each branch of the UNION is an indexed read.
import type { Db } from "@/lib/db";
import { AUDIT_COLUMNS, type AuditRow } from "./audit-row";
import { describeChange } from "./describe-change";

export async function claimHistory(db: Db, claim: { id: string; articleId: string; start: number; end: number }, limit = 200) {
  const notes = await db.note.findMany({
    where: { articleId: claim.articleId, parentId: null, start: { lt: claim.end }, end: { gt: claim.start } },
    select: { id: true },
  });
  const noteIds = notes.map((n) => n.id);
  const rows = await db.$queryRaw<AuditRow[]>`
    SELECT ${AUDIT_COLUMNS} FROM (
      SELECT * FROM audit_log WHERE "claimId" = ${claim.id}
      UNION SELECT * FROM audit_log WHERE "entityType" = 'claim' AND "entityId" = ${claim.id}
      UNION SELECT * FROM audit_log WHERE "entityType" = 'note' AND "entityId" = ANY(${noteIds}::text[])
      UNION SELECT * FROM audit_log WHERE "entityType" = 'claim_link'
        AND ${claim.id} IN (after->>'fromClaimId', after->>'toClaimId', before->>'fromClaimId', before->>'toClaimId')
    ) a LEFT JOIN users u ON u.id = a."actorId"
    ORDER BY a.at DESC, a.id DESC
    LIMIT ${limit}`;
  return rows.map(describeChange);
}

export async function articleHistory(db: Db, articleId: string, limit = 200) {
  const rows = await db.$queryRaw<AuditRow[]>`
    SELECT ${AUDIT_COLUMNS} FROM (
      SELECT * FROM audit_log WHERE "articleId" = ${articleId}
      UNION SELECT * FROM audit_log WHERE "entityType" = 'article' AND "entityId" = ${articleId}
    ) a LEFT JOIN users u ON u.id = a."actorId"
    ORDER BY a.at DESC, a.id DESC
    LIMIT ${limit}`;
  return rows.map(describeChange);
}

