// API tokens: only a hash is stored, the secret authenticates with its role, revoking is immediate.
import { describe, expect, it } from "vitest";
import { createApiToken } from "@/lib/api-tokens/create-api-token";
import { revokeApiToken } from "@/lib/api-tokens/revoke-api-token";
import { authenticateToken } from "@/lib/api-tokens/authenticate-token";
import { hashTokenSecret } from "@/lib/api-tokens/token-secret";
import { makeUser, testDb } from "./support";

const db = testDb();

describe("API tokens", () => {
  it("store only the secret's hash, authenticate with their role, and stop at once when revoked", async () => {
    const admin = await makeUser("ADMIN");
    const { id, secret } = await createApiToken(db, { name: "CMS sync", role: "EDITOR" }, admin.id);
    const stored = await db.apiToken.findUniqueOrThrow({ where: { id } });
    expect(stored.tokenHash).toBe(hashTokenSecret(secret));
    expect(JSON.stringify(stored)).not.toContain(secret);

    expect(await authenticateToken(db, `Bearer ${secret}`)).toMatchObject({ tokenId: id, role: "EDITOR", actorId: admin.id });
    expect((await db.apiToken.findUniqueOrThrow({ where: { id } })).lastUsedAt).not.toBeNull();
    for (const header of [null, "", `Bearer ${secret}x`, `Basic ${secret}`, "Bearer cdk_", `Bearer ${"cdk_".padEnd(300, "a")}`]) {
      expect(await authenticateToken(db, header)).toBeNull();
    }

    await revokeApiToken(db, id, admin.id);
    expect(await authenticateToken(db, `Bearer ${secret}`)).toBeNull();
    await revokeApiToken(db, id, admin.id); // revoking twice is harmless
    const audit = await db.auditLog.findMany({ where: { entityType: "api_token", entityId: id }, orderBy: { at: "asc" } });
    expect(audit.map((a) => a.action)).toEqual(["api_token.create", "api_token.revoke"]);
  });
});
