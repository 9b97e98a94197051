// An admin creates a named token with a role; the secret is returned once and never stored.
import type { Db } from "@/lib/db";
import { recordAudit } from "@/lib/audit/record-audit";
import type { CreateApiTokenInput } from "@/lib/validation/api-token";
import { hashTokenSecret, newTokenSecret } from "./token-secret";

export async function createApiToken(db: Db, input: CreateApiTokenInput, actorId: string): Promise<{ id: string; secret: string }> {
  const secret = newTokenSecret();
  return db.$transaction(async (tx) => {
    const token = await tx.apiToken.create({
      data: { name: input.name, role: input.role, tokenHash: hashTokenSecret(secret), prefix: secret.slice(0, 10), createdById: actorId },
      select: { id: true },
    });
    await recordAudit(tx, { actorId, action: "api_token.create", entityType: "api_token", entityId: token.id, after: { name: input.name, role: input.role } });
    return { id: token.id, secret };
  });
}
