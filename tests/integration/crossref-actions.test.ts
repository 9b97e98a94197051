// The cross-reference actions through defineAction: viewers are refused every one of them and
// nothing is written; expected refusals come back as field errors, not error pages.
import { describe, expect, it, vi } from "vitest";
import type { SessionUser } from "@/lib/auth/session";

const session = vi.hoisted(() => ({ user: null as SessionUser | null }));
vi.mock("@/lib/auth/session", () => ({ getSessionUser: async () => session.user }));

const { createLinkAction, deleteLinkAction, decideSuggestionAction } = await import("@/app/(desk)/claims/[id]/crossref-actions");
const { decideConflictAction } = await import("@/app/(desk)/conflicts/actions");
const { mergeEntityAction, renameEntityAction } = await import("@/app/(desk)/entities/[id]/actions");
const { testDb, makeUser } = await import("./support");

describe("cross-reference actions", () => {
  it("refuse viewers, whatever they post, and write nothing", async () => {
    const viewer = await makeUser("VIEWER");
    session.user = { id: viewer.id, role: "VIEWER", name: viewer.name, email: viewer.email };
    const auditBefore = await testDb().auditLog.count();
    const results = await Promise.all([
      createLinkAction({ claimId: "a", targetClaimId: "b", relation: "SAME_CLAIM", note: "" }),
      deleteLinkAction({ linkId: "x" }),
      decideSuggestionAction({ claimId: "a", otherClaimId: "b", decision: "DISMISS" }),
      decideConflictAction({ conflictId: "c", decision: "UPDATES" }),
      mergeEntityAction({ entityId: "e", intoName: "f" }),
      renameEntityAction({ entityId: "e", name: "New name" }),
    ]);
    for (const result of results) expect(result).toMatchObject({ ok: false, code: "FORBIDDEN" });
    expect(await testDb().auditLog.count()).toBe(auditBefore);
  });

  it("answer a self-link and a merge into itself with a field error", async () => {
    const editor = await makeUser("EDITOR");
    session.user = { id: editor.id, role: "EDITOR", name: editor.name, email: editor.email };
    expect(await createLinkAction({ claimId: "same", targetClaimId: "same", relation: "SAME_CLAIM", note: "" })).toMatchObject({
      ok: false,
      code: "INVALID",
      fieldErrors: { targetClaimId: "A claim cannot be linked to itself" },
    });
    const entity = await testDb().entity.create({ data: { name: "Selfmerge Test Entity", normName: "selfmerge test entity", kind: "ORGANIZATION" } });
    await testDb().entityAlias.create({ data: { entityId: entity.id, alias: entity.name, normAlias: entity.normName } });
    expect(await mergeEntityAction({ entityId: entity.id, intoName: "Selfmerge Test Entity" })).toMatchObject({
      ok: false,
      code: "INVALID",
      fieldErrors: { intoName: expect.stringMatching(/into itself/) },
    });
  });
});
