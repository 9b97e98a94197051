// The review desk: assignment, "my queue" and bulk triage, on a real PostgreSQL database.
import { beforeEach, describe, expect, it, vi } from "vitest";
import type { SessionUser } from "@/lib/auth/session";

const session = vi.hoisted(() => ({ user: null as SessionUser | null }));
vi.mock("@/lib/auth/session", () => ({ getSessionUser: async () => session.user }));

const { importArticle } = await import("@/lib/articles/import-article");
const { importArticleSchema } = await import("@/lib/validation/article");
const { assignClaim } = await import("@/lib/claims/assign-claim");
const { assignClaimSchema } = await import("@/lib/validation/claim-assignment");
const { bulkUpdateClaims } = await import("@/lib/claims/bulk-update-claims");
const { bulkClaimsSchema } = await import("@/lib/validation/bulk-claims");
const { listClaims } = await import("@/lib/claims/list-claims");
const { claimFilterSchema } = await import("@/lib/validation/claim-filter");
const { listQueue } = await import("@/lib/queue/list-queue");
const { queueNeighbour } = await import("@/lib/queue/queue-neighbour");
const { verifyClaim } = await import("@/lib/claims/verify-claim");
const { claimReviewSchema } = await import("@/lib/validation/claim-review");
const { ConflictError, InvalidInputError } = await import("@/lib/errors");
const { bulkClaimsAction } = await import("@/app/(desk)/claims/bulk-actions");
const { assignClaimAction } = await import("@/app/(desk)/claims/[id]/assign-actions");
const { makeUser, testDb, uniqueArticleBody } = await import("./support");

/** An article of its own with at least `n` claims, so tests never touch each other's rows. */
async function articleWithClaims(n: number) {
  const db = testDb();
  const editor = await makeUser();
  const sentence = (i: number) => ` Acme Corp shipped ${i + 2}.5 million routers in 20${10 + i}, the company said.`;
  const body = uniqueArticleBody(Array.from({ length: n }, (_, i) => sentence(i)).join(""));
  const { id } = await importArticle(db, importArticleSchema.parse({ title: "Routers", body }), editor.id);
  const claims = await db.claim.findMany({ where: { articleId: id }, orderBy: { id: "asc" } });
  expect(claims.length).toBeGreaterThanOrEqual(n);
  return { db, editor, articleId: id, claims };
}

const bulk = (values: unknown) => bulkClaimsSchema.parse(values);
const auditOf = (claimId: string) => testDb().auditLog.findMany({ where: { entityType: "claim", entityId: claimId }, orderBy: { id: "asc" } });

describe("assigning a claim", () => {
  it("sets the assignee, bumps the version and writes an audit row", async () => {
    const { db, editor, claims } = await articleWithClaims(1);
    const sam = await makeUser("EDITOR");
    const claim = claims[0]!;
    const result = await assignClaim(db, assignClaimSchema.parse({ claimId: claim.id, version: claim.version, assigneeId: sam.id }), editor.id);
    expect(result).toEqual({ version: claim.version + 1, assignee: { id: sam.id, name: sam.name } });
    expect(await db.claim.findUniqueOrThrow({ where: { id: claim.id } })).toMatchObject({ assigneeId: sam.id, version: claim.version + 1 });
    const [audit] = await auditOf(claim.id);
    expect(audit).toMatchObject({ action: "claim.assign", actorId: editor.id, before: { assigneeId: null, version: 1 }, after: { assigneeId: sam.id, version: 2 } });

    // Assigning to the one who already has it changes nothing: same version, no second audit row.
    expect(await assignClaim(db, assignClaimSchema.parse({ claimId: claim.id, version: 2, assigneeId: sam.id }), editor.id)).toMatchObject({ version: 2 });
    expect(await auditOf(claim.id)).toHaveLength(1);
  });

  it("refuses a stale version and a viewer as assignee, changing nothing", async () => {
    const { db, editor, claims } = await articleWithClaims(1);
    const viewer = await makeUser("VIEWER");
    const claim = claims[0]!;
    await assignClaim(db, assignClaimSchema.parse({ claimId: claim.id, version: 1, assigneeId: editor.id }), editor.id);
    await expect(assignClaim(db, assignClaimSchema.parse({ claimId: claim.id, version: 1, assigneeId: "" }), editor.id)).rejects.toBeInstanceOf(ConflictError);
    await expect(assignClaim(db, assignClaimSchema.parse({ claimId: claim.id, version: 2, assigneeId: viewer.id }), editor.id)).rejects.toBeInstanceOf(InvalidInputError);
    expect(await db.claim.findUniqueOrThrow({ where: { id: claim.id } })).toMatchObject({ assigneeId: editor.id, version: 2 });
    expect(await auditOf(claim.id)).toHaveLength(1);
  });
});

describe("my queue", () => {
  it("lists my open claims by check-worthiness then recency, keyset-paged, and steps through them", async () => {
    const { db, claims } = await articleWithClaims(6);
    const me = await makeUser("EDITOR");
    const someoneElse = await makeUser("EDITOR");
    const [a, b, c, d, e, f] = claims;
    // Same check-worthiness for b and c: the newer one comes first.
    const setUp: [(typeof claims)[number], number, Date, string | null, "UNREVIEWED" | "IN_REVIEW" | "VERIFIED" | "DISMISSED"][] = [
      [a!, 0.5, new Date("2026-01-01T00:00:00Z"), me.id, "UNREVIEWED"],
      [b!, 0.9, new Date("2026-01-01T00:00:00Z"), me.id, "IN_REVIEW"],
      [c!, 0.9, new Date("2026-02-01T00:00:00Z"), me.id, "UNREVIEWED"],
      [d!, 0.99, new Date("2026-01-01T00:00:00Z"), me.id, "VERIFIED"],
      [e!, 0.99, new Date("2026-01-01T00:00:00Z"), someoneElse.id, "UNREVIEWED"],
      [f!, 0.7, new Date("2026-01-01T00:00:00Z"), me.id, "DISMISSED"],
    ];
    for (const [claim, checkworthiness, createdAt, assigneeId, status] of setUp) {
      await db.claim.update({ where: { id: claim.id }, data: { checkworthiness, createdAt, assigneeId, status } });
    }
    const expected = [c!.id, b!.id, a!.id];

    const first = await listQueue(db, { userId: me.id, pageSize: 2 });
    expect(first.items.map((i) => i.id)).toEqual(expected.slice(0, 2));
    expect(first).toMatchObject({ count: 3, countIsLowerBound: false, paged: false });
    expect(first.nextCursor).toEqual(expect.any(String));
    const second = await listQueue(db, { userId: me.id, pageSize: 2, cursor: first.nextCursor });
    expect(second.items.map((i) => i.id)).toEqual(expected.slice(2));
    expect(second.nextCursor).toBeNull();
    expect(second.items[0]).toMatchObject({ articleTitle: "Routers", version: 1 });

    // A cursor that was tampered with is no cursor: the first page, no error.
    for (const cursor of ["garbage", Buffer.from('{"w":"x"}').toString("base64url"), "%%%"]) {
      expect((await listQueue(db, { userId: me.id, pageSize: 2, cursor })).items.map((i) => i.id)).toEqual(expected.slice(0, 2));
    }

    expect(await queueNeighbour(db, { userId: me.id, claimId: c!.id, direction: "next" })).toBe(b!.id);
    expect(await queueNeighbour(db, { userId: me.id, claimId: b!.id, direction: "previous" })).toBe(c!.id);
    // A claim that has just left the queue (verified) still says where the next one is …
    expect(await queueNeighbour(db, { userId: me.id, claimId: d!.id, direction: "next" })).toBe(c!.id);
    // … and past the end the queue wraps, until nothing else is open.
    expect(await queueNeighbour(db, { userId: me.id, claimId: a!.id, direction: "next" })).toBe(c!.id);
    await db.claim.updateMany({ where: { id: { in: [b!.id, c!.id] } }, data: { status: "DISMISSED" } });
    expect(await queueNeighbour(db, { userId: me.id, claimId: a!.id, direction: "next" })).toBeNull();
  });

  it("drops a claim once it is verified through the review", async () => {
    const { db, claims } = await articleWithClaims(1);
    const me = await makeUser("EDITOR");
    const claim = claims[0]!;
    await assignClaim(db, assignClaimSchema.parse({ claimId: claim.id, version: 1, assigneeId: me.id }), me.id);
    expect((await listQueue(db, { userId: me.id })).items.map((i) => i.id)).toEqual([claim.id]);
    await verifyClaim(db, claimReviewSchema.parse({ claimId: claim.id, version: 2, status: "VERIFIED", verdict: "TRUE", confirmNoEvidence: true }), me.id);
    expect((await listQueue(db, { userId: me.id })).items).toEqual([]);
  });
});

describe("bulk changes", () => {
  it("by ids: changes each claim once, bumps its version and writes one audit row per claim", async () => {
    const { db, editor, claims } = await articleWithClaims(4);
    const sam = await makeUser("EDITOR");
    const [verified, ...rest] = claims;
    await db.claim.update({ where: { id: verified!.id }, data: { status: "VERIFIED", verdict: "TRUE" } });
    const ids = claims.map((c) => c.id);

    const assigned = await bulkUpdateClaims(db, bulk({ selection: { kind: "ids", ids }, change: { kind: "assign", assigneeId: sam.id } }), editor.id, { batchSize: 2 });
    expect(assigned.changed).toBe(claims.length);
    const dismissed = await bulkUpdateClaims(db, bulk({ selection: { kind: "ids", ids }, change: { kind: "status", status: "DISMISSED" } }), editor.id, { batchSize: 2 });
    // A verified claim keeps its review: a bulk status change passes it by.
    expect(dismissed.changed).toBe(rest.length);

    const after = await db.claim.findMany({ where: { id: { in: ids } } });
    for (const claim of after) {
      expect(claim.assigneeId).toBe(sam.id);
      if (claim.id === verified!.id) expect(claim).toMatchObject({ status: "VERIFIED", verdict: "TRUE", version: 2 });
      else expect(claim).toMatchObject({ status: "DISMISSED", version: 3, reviewerId: editor.id });
    }
    const audit = await db.auditLog.findMany({ where: { entityId: { in: ids } }, orderBy: { id: "asc" } });
    expect(audit.filter((a) => a.action === "claim.bulk_assign")).toHaveLength(claims.length);
    expect(audit.filter((a) => a.action === "claim.bulk_status")).toHaveLength(rest.length);
    expect(audit.find((a) => a.entityId === rest[0]!.id && a.action === "claim.bulk_status")).toMatchObject({
      actorId: editor.id,
      before: { status: "UNREVIEWED", assigneeId: sam.id, version: 2 },
      after: { status: "DISMISSED", assigneeId: sam.id, version: 3 },
    });

    // The same change again changes (and audits) nothing.
    const again = await bulkUpdateClaims(db, bulk({ selection: { kind: "ids", ids }, change: { kind: "status", status: "DISMISSED" } }), editor.id);
    expect(again.changed).toBe(0);
    expect(await db.auditLog.count({ where: { entityId: { in: ids } } })).toBe(audit.length);
  });

  it("by filter: acts on exactly the claims the list shows for that filter, in batches", async () => {
    const { db, editor, articleId, claims } = await articleWithClaims(5);
    const other = await articleWithClaims(2);
    const params = { articleId, q: "routers", status: "UNREVIEWED" };
    const listed = await listClaims(db, claimFilterSchema.parse(params));
    const total = listed.total.count;
    expect(total).toBeGreaterThanOrEqual(3);
    expect(total).toBeLessThanOrEqual(claims.length);
    expect(listed.items).toHaveLength(total);

    // Dismissing "unreviewed" claims moves them out of the filter as it goes: none may be skipped.
    const result = await bulkUpdateClaims(db, bulk({ selection: { kind: "filter", params: { ...params, sort: "recent", cursor: "not-a-cursor" } }, change: { kind: "status", status: "DISMISSED" } }), editor.id, { batchSize: 2 });
    expect(result.changed).toBe(total);
    const listedIds = listed.items.map((c) => c.id);
    const dismissed = await db.claim.findMany({ where: { articleId, status: "DISMISSED" }, select: { id: true, version: true } });
    expect(dismissed.map((c) => c.id).sort()).toEqual([...listedIds].sort());
    expect(dismissed.every((c) => c.version === 2)).toBe(true);
    expect(await db.auditLog.count({ where: { action: "claim.bulk_status", entityId: { in: listedIds } } })).toBe(total);
    expect((await listClaims(db, claimFilterSchema.parse(params))).total.count).toBe(0);
    // Claims outside the filter are untouched.
    expect(await db.claim.count({ where: { articleId: other.articleId, status: { not: "UNREVIEWED" } } })).toBe(0);
  });

  it("by an entity filter under another of the entity's names: the claims the entity's page holds", async () => {
    const { db, editor, articleId } = await articleWithClaims(3);
    const byFullName = await listClaims(db, claimFilterSchema.parse({ articleId, entity: "Acme Corp" }));
    expect(byFullName.total.count).toBeGreaterThanOrEqual(3);
    // "Acme" is not a name the extractor gave any claim; it is a name of the cross-reference entity.
    const params = { articleId, entity: "Acme" };
    expect((await listClaims(db, claimFilterSchema.parse(params))).items.map((c) => c.id)).toEqual(byFullName.items.map((c) => c.id));
    const result = await bulkUpdateClaims(db, bulk({ selection: { kind: "filter", params }, change: { kind: "status", status: "IN_REVIEW" } }), editor.id);
    expect(result.changed).toBe(byFullName.total.count);
  });

  it("two editors bulk-changing overlapping rows at once: each claim ends in one of the two states, both audited", async () => {
    const { db, claims } = await articleWithClaims(8);
    const [alice, bob] = [await makeUser("EDITOR"), await makeUser("EDITOR")];
    const ids = claims.map((c) => c.id);
    const aliceIds = ids.slice(0, 6);
    const bobIds = ids.slice(2);
    const overlap = aliceIds.filter((id) => bobIds.includes(id));

    await Promise.all([
      bulkUpdateClaims(db, bulk({ selection: { kind: "ids", ids: aliceIds }, change: { kind: "status", status: "DISMISSED" } }), alice.id, { batchSize: 2 }),
      bulkUpdateClaims(db, bulk({ selection: { kind: "ids", ids: [...bobIds].reverse() }, change: { kind: "status", status: "IN_REVIEW" } }), bob.id, { batchSize: 3 }),
    ]);

    const after = new Map((await db.claim.findMany({ where: { id: { in: ids } } })).map((c) => [c.id, c]));
    for (const id of ids) {
      const claim = after.get(id)!;
      const audit = await auditOf(id);
      if (!overlap.includes(id)) {
        expect(claim).toMatchObject({ status: aliceIds.includes(id) ? "DISMISSED" : "IN_REVIEW", version: 2 });
        expect(audit).toHaveLength(1);
        continue;
      }
      expect(["DISMISSED", "IN_REVIEW"]).toContain(claim.status);
      expect(claim.version).toBe(3);
      // Both changes are recorded, the second starting from what the first left: nothing lost.
      expect(audit).toHaveLength(2);
      const [first, second] = audit as [(typeof audit)[0], (typeof audit)[0]];
      expect(second.before).toEqual(first.after && { status: (first.after as { status: string }).status, assigneeId: null, version: 2 });
      expect((second.after as { status: string }).status).toBe(claim.status);
      expect(new Set([first.actorId, second.actorId])).toEqual(new Set([alice.id, bob.id]));
    }
  });

  it("refuses an assignee who cannot review", async () => {
    const { db, editor, claims } = await articleWithClaims(1);
    const viewer = await makeUser("VIEWER");
    await expect(
      bulkUpdateClaims(db, bulk({ selection: { kind: "ids", ids: [claims[0]!.id] }, change: { kind: "assign", assigneeId: viewer.id } }), editor.id),
    ).rejects.toBeInstanceOf(InvalidInputError);
  });

  it("rejects bulk verdicts and statuses other than in review or dismissed", () => {
    expect(bulkClaimsSchema.safeParse({ selection: { kind: "ids", ids: ["x"] }, change: { kind: "status", status: "VERIFIED" } }).success).toBe(false);
    expect(bulkClaimsSchema.safeParse({ selection: { kind: "ids", ids: ["x"] }, change: { kind: "verdict", verdict: "TRUE" } }).success).toBe(false);
    expect(bulkClaimsSchema.safeParse({ selection: { kind: "ids", ids: [] }, change: { kind: "status", status: "DISMISSED" } }).success).toBe(false);
  });
});

describe("the actions", () => {
  beforeEach(() => {
    session.user = null;
  });

  it("refuse viewers, changing nothing", async () => {
    const { db, claims } = await articleWithClaims(1);
    const viewer = await makeUser("VIEWER");
    session.user = { id: viewer.id, role: "VIEWER", name: viewer.name, email: viewer.email };
    const claim = claims[0]!;
    expect(await bulkClaimsAction({ selection: { kind: "ids", ids: [claim.id] }, change: { kind: "status", status: "DISMISSED" } })).toMatchObject({ ok: false, code: "FORBIDDEN" });
    expect(await assignClaimAction({ claimId: claim.id, version: 1, assigneeId: viewer.id })).toMatchObject({ ok: false, code: "FORBIDDEN" });
    expect(await db.claim.findUniqueOrThrow({ where: { id: claim.id } })).toMatchObject({ status: "UNREVIEWED", assigneeId: null, version: 1 });
    expect(await auditOf(claim.id)).toHaveLength(0);
  });

  it("let an editor bulk-assign to themselves", async () => {
    const { claims } = await articleWithClaims(2);
    const editor = await makeUser("EDITOR");
    session.user = { id: editor.id, role: "EDITOR", name: editor.name, email: editor.email };
    const ids = claims.map((c) => c.id);
    expect(await bulkClaimsAction({ selection: { kind: "ids", ids }, change: { kind: "assign", assigneeId: editor.id } })).toEqual({ ok: true, data: { changed: ids.length } });
    expect((await listQueue(testDb(), { userId: editor.id })).items.map((i) => i.id).sort()).toEqual([...ids].sort());
  });
});
