// Saved views: an editor's named claims filters, each change audited.
import { describe, expect, it } from "vitest";
import { saveView } from "@/lib/saved-views/save-view";
import { deleteView } from "@/lib/saved-views/delete-view";
import { listViews } from "@/lib/saved-views/list-views";
import { saveViewSchema } from "@/lib/validation/saved-view";
import { makeUser, testDb } from "./support";

const audit = (entityId: string) =>
  testDb().auditLog.findMany({ where: { entityType: "saved_view", entityId }, orderBy: { id: "asc" }, select: { action: true, actorId: true, before: true, after: true } });

describe("saved views", () => {
  it("keeps only the filter (no position, no junk), replaces a view of the same name, and audits each change", async () => {
    const db = testDb();
    const editor = await makeUser();
    const view = await saveView(db, saveViewSchema.parse({ name: " Money to check ", query: "status=UNREVIEWED&type=MONEY&cursor=abc&bogus=1&from=2024-99-99" }), editor.id);
    expect(view).toMatchObject({ name: "Money to check", query: "status=UNREVIEWED&type=MONEY" });

    const again = await saveView(db, saveViewSchema.parse({ name: "Money to check", query: "type=MONEY&q=sold+phones" }), editor.id);
    expect(again.id).toBe(view.id);
    expect((await listViews(db, editor.id)).map((v) => [v.name, v.query])).toEqual([["Money to check", "q=sold+phones&type=MONEY"]]);

    await deleteView(db, view.id, editor.id);
    expect(await listViews(db, editor.id)).toEqual([]);
    expect(await audit(view.id)).toEqual([
      { action: "saved_view.create", actorId: editor.id, before: null, after: { name: "Money to check", query: "status=UNREVIEWED&type=MONEY" } },
      { action: "saved_view.update", actorId: editor.id, before: { name: "Money to check", query: "status=UNREVIEWED&type=MONEY" }, after: { name: "Money to check", query: "q=sold+phones&type=MONEY" } },
      { action: "saved_view.delete", actorId: editor.id, before: { name: "Money to check", query: "q=sold+phones&type=MONEY" }, after: null },
    ]);
  });

  it("are each editor's own: another editor neither sees nor deletes them", async () => {
    const db = testDb();
    const [owner, other] = [await makeUser(), await makeUser()];
    const view = await saveView(db, saveViewSchema.parse({ name: "Mine", query: "status=IN_REVIEW" }), owner.id);
    expect(await listViews(db, other.id)).toEqual([]);
    await expect(deleteView(db, view.id, other.id)).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await listViews(db, owner.id)).toHaveLength(1);
    expect(await audit(view.id)).toHaveLength(1);
  });
});
