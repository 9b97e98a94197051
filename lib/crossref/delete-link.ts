// Removes a link between two claims, with its audit row.
import type { Db } from "@/lib/db";
import { recordAudit } from "@/lib/audit/record-audit";
import { NotFoundError } from "@/lib/errors";

export async function deleteLink(db: Db, options: { linkId: string; actorId: string }): Promise<void> {
  await db.$transaction(async (tx) => {
    const rows = await tx.$queryRaw<Array<{ fromClaimId: string; toClaimId: string; type: string; note: string | null }>>`
      DELETE FROM claim_links WHERE id = ${options.linkId} RETURNING "fromClaimId", "toClaimId", type::text, note`;
    const link = rows[0];
    if (!link) throw new NotFoundError("This link");
    await recordAudit(tx, {
      actorId: options.actorId,
      action: "claim_link.delete",
      entityType: "claim_link",
      entityId: options.linkId,
      before: { ...link },
    });
  });
}
