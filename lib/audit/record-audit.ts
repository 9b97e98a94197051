// Appends one row to the audit log, inside the caller's transaction so that the change and its
// record commit together or not at all.
import type { Tx } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";

export interface AuditEntry {
  actorId: string | null;
  action: string;
  entityType: "article" | "claim" | "user" | "evidence" | "note" | "claim_link" | "saved_view" | "suggestion" | "claim_conflict" | "entity" | "api_token";
  entityId: string;
  before?: Prisma.InputJsonValue;
  after?: Prisma.InputJsonValue;
  /** The claim and article the change concerns, so their histories are one indexed read. */
  claimId?: string | null;
  articleId?: string | null;
}

export async function recordAudit(tx: Tx, entry: AuditEntry): Promise<void> {
  await tx.auditLog.create({ data: entry });
}
