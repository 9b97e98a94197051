// An audit row as the history views read it (raw SQL, with the actor's name joined).
import { Prisma } from "@/lib/generated/prisma/client";

export interface AuditRow {
  id: bigint;
  at: Date;
  action: string;
  entityType: string;
  entityId: string;
  claimId: string | null;
  articleId: string | null;
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
  actorName: string | null;
}

export const AUDIT_COLUMNS = Prisma.sql`a.id, a.at, a.action, a."entityType", a."entityId", a."claimId", a."articleId", a.before, a.after, u.name AS "actorName"`;
