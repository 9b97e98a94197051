// Revoking takes effect on the token's next request: every request reads revokedAt.
import type { Db } from "@/lib/db";
import { recordAudit } from "@/lib/audit/record-audit";
import { NotFoundError } from "@/lib/errors";

export async function revokeApiToken(db: Db, id: string, actorId: string): Promise<void> {
  await db.$transaction(async (tx) => {
    const updated = await tx.apiToken.updateMany({ where: { id, revokedAt: null }, data: { revokedAt: new Date() } });
    if (updated.count === 0) {
      const exists = await tx.apiToken.findUnique({ where: { id }, select: { id: true } });
      if (!exists) throw new NotFoundError("This token");
      return; // already revoked: nothing to do
    }
    await recordAudit(tx, { actorId, action: "api_token.revoke", entityType: "api_token", entityId: id });
  });
}
