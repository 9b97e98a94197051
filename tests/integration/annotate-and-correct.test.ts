// Annotations, editor-made claims, the evidence ledger, history and corrections with re-anchoring,
// against a real database. Every article here is written for the test (a unique name keeps runs apart).
import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { importArticle } from "@/lib/articles/import-article";
import { importArticleSchema } from "@/lib/validation/article";
import { createNote } from "@/lib/annotations/create-note";
import { replyToNote } from "@/lib/annotations/reply-to-note";
import { editNote } from "@/lib/annotations/edit-note";
import { deleteNote } from "@/lib/annotations/delete-note";
import { setNoteResolved } from "@/lib/annotations/set-note-resolved";
import { annotationsJsonLd } from "@/lib/annotations/annotations-jsonld";
import { listNotesOverlapping } from "@/lib/annotations/list-article-notes";
import { addClaim } from "@/lib/claims/add-claim";
import { editClaim } from "@/lib/claims/edit-claim";
import { splitClaim } from "@/lib/claims/split-claim";
import { mergeClaims } from "@/lib/claims/merge-claims";
import { dismissClaim } from "@/lib/claims/dismiss-claim";
import { verifyClaim, STALE_CLAIM_MESSAGE } from "@/lib/claims/verify-claim";
import { addEvidence } from "@/lib/evidence/add-evidence";
import { editEvidence } from "@/lib/evidence/edit-evidence";
import { removeEvidence } from "@/lib/evidence/remove-evidence";
import { correctArticle, EMPTY_CORRECTION_MESSAGE, STALE_ARTICLE_MESSAGE } from "@/lib/corrections/correct-article";
import { reattachOrphan } from "@/lib/corrections/reattach-orphan";
import { archiveOrphan } from "@/lib/corrections/archive-orphan";
import { listOrphans } from "@/lib/corrections/list-orphans";
import { claimHistory } from "@/lib/history/claim-history";
import { changeSentence } from "@/lib/history/describe-change";
import { listActivity } from "@/lib/history/list-activity";
import { fromW3CTarget, SELECTION_MISMATCH_MESSAGE, SELECTION_OUTSIDE_MESSAGE, type W3CTarget } from "@/lib/anchoring/selectors";
import { createNoteSchema } from "@/lib/validation/annotation";
import { addClaimSchema, editClaimSchema, splitClaimSchema, mergeClaimsSchema, dismissClaimSchema } from "@/lib/validation/claim-edit";
import { addEvidenceSchema, editEvidenceSchema } from "@/lib/validation/evidence";
import { correctArticleSchema } from "@/lib/validation/correction";
import { claimReviewSchema } from "@/lib/validation/claim-review";
import { activityFilterSchema } from "@/lib/validation/activity-filter";
import { ConflictError, ForbiddenError, InvalidInputError } from "@/lib/errors";
import { makeUser, testDb } from "./support";

function ferryText(name: string) {
  return [
    `${name} Ferries carried 3.4 million passengers in 2023, the operator said on Monday.`,
    `Ticket revenue rose to $212 million, up 18 percent from a year earlier.`,
    `The company plans to add four new vessels by 2026, chief executive Mara Lind said.`,
  ];
}

async function anArticle(paragraphs?: (name: string) => string[]) {
  const db = testDb();
  const editor = await makeUser();
  const name = `Harbour${randomUUID().slice(0, 8)}`;
  const body = (paragraphs ?? ferryText)(name).join("\n\n");
  const { id } = await importArticle(db, importArticleSchema.parse({ title: `${name} ferries`, body }), editor.id);
  const claims = await db.claim.findMany({ where: { articleId: id }, orderBy: { start: "asc" } });
  return { db, editor, name, id, body, claims };
}

function selectionOf(articleId: string, body: string, quote: string) {
  const start = body.indexOf(quote);
  if (start < 0) throw new Error(`"${quote}" is not in the text`);
  return { articleId, start, end: start + quote.length, quote };
}

describe("annotations", () => {
  it("anchors a note with W3C selectors, threads replies, resolves, and exports JSON-LD that round-trips", async () => {
    const { db, editor, id, body } = await anArticle();
    const sel = selectionOf(id, body, "3.4 million passengers");
    const note = await createNote(db, createNoteSchema.parse({ ...sel, body: "Check against the port authority's count." }), editor.id);
    const stored = await db.note.findUniqueOrThrow({ where: { id: note.id } });
    expect(stored).toMatchObject({ start: sel.start, end: sel.end, quote: "3.4 million passengers", suffix: body.slice(sel.end, sel.end + 32) });
    expect(stored.prefix).toBe(body.slice(Math.max(0, sel.start - 32), sel.start));

    const other = await makeUser();
    await replyToNote(db, { parentId: note.id, body: "The authority says 3.3 million." }, other.id);
    await setNoteResolved(db, { noteId: note.id, resolved: true }, other.id);
    expect((await db.note.findUniqueOrThrow({ where: { id: note.id } })).resolvedAt).toBeInstanceOf(Date);

    const doc = await annotationsJsonLd(db, id, "https://desk.example");
    expect(doc.type).toBe("AnnotationCollection");
    const [first, reply] = doc.first.items;
    expect(first!.motivation).toBe("commenting");
    expect(fromW3CTarget(first!.target as W3CTarget)).toEqual({ start: sel.start, end: sel.end, exact: stored.quote, prefix: stored.prefix, suffix: stored.suffix });
    expect(reply).toMatchObject({ motivation: "replying", target: first!.id });

    const actions = (await db.auditLog.findMany({ where: { articleId: id, entityType: "note" }, orderBy: { id: "asc" } })).map((r) => r.action);
    expect(actions).toEqual(["note.create", "note.reply", "note.resolve"]);
  });

  it("refuses a selection past the end of the text or a quote that does not match its offsets", async () => {
    const { db, editor, id, body } = await anArticle();
    const past = createNoteSchema.parse({ articleId: id, start: body.length - 5, end: body.length + 10, quote: body.slice(-5) + "xxxxxxxxxx", body: "n" });
    await expect(createNote(db, past, editor.id)).rejects.toThrow(SELECTION_OUTSIDE_MESSAGE);
    const forged = createNoteSchema.parse({ articleId: id, start: 0, end: 10, quote: "Forged!!!!", body: "n" });
    await expect(createNote(db, forged, editor.id)).rejects.toThrow(SELECTION_MISMATCH_MESSAGE);
    await expect(addClaim(db, addClaimSchema.parse({ ...forged, text: "x", type: "QUANTITY" }), editor.id)).rejects.toBeInstanceOf(InvalidInputError);
    expect(await db.note.count({ where: { articleId: id } })).toBe(0);
  });

  it("lets authors and admins edit and delete a note, and nobody else", async () => {
    const { db, editor, id, body } = await anArticle();
    const note = await createNote(db, createNoteSchema.parse({ ...selectionOf(id, body, "four new vessels"), body: "Which yard?" }), editor.id);
    const stranger = await makeUser();
    await expect(editNote(db, { noteId: note.id, body: "hijacked" }, stranger)).rejects.toBeInstanceOf(ForbiddenError);
    await editNote(db, { noteId: note.id, body: "Which shipyard?" }, editor);
    const admin = await makeUser("ADMIN");
    await deleteNote(db, { noteId: note.id }, admin);
    expect(await db.note.count({ where: { id: note.id } })).toBe(0);
    const rows = await db.auditLog.findMany({ where: { entityType: "note", entityId: note.id }, orderBy: { id: "asc" } });
    expect(rows.map((r) => [r.action, r.before, r.after])).toEqual([
      ["note.create", null, expect.objectContaining({ body: "Which yard?" })],
      ["note.edit", expect.objectContaining({ body: "Which yard?" }), expect.objectContaining({ body: "Which shipyard?" })],
      ["note.delete", expect.objectContaining({ body: "Which shipyard?" }), null],
    ]);
  });

  it("shows a note on the claim whose passage it overlaps", async () => {
    const { db, editor, id, body, claims } = await anArticle();
    await createNote(db, createNoteSchema.parse({ ...selectionOf(id, body, "$212 million"), body: "Gross or net?" }), editor.id);
    const revenue = claims.find((c) => c.quote.includes("$212 million"))!;
    const passengers = claims.find((c) => c.quote.includes("3.4 million"))!;
    expect((await listNotesOverlapping(db, revenue)).map((n) => n.body)).toEqual(["Gross or net?"]);
    expect(await listNotesOverlapping(db, passengers)).toEqual([]);
  });
});

describe("claims made and mended by editors", () => {
  it("adds a claim from a selection with the extractor's parsing, marked as editor-made and audited", async () => {
    const { db, editor, id, body } = await anArticle();
    const sel = selectionOf(id, body, "up 18 percent from a year earlier");
    const { id: claimId } = await addClaim(db, addClaimSchema.parse({ ...sel, text: "Ticket revenue up 18% year on year", type: "PERCENTAGE" }), editor.id);
    const claim = await db.claim.findUniqueOrThrow({ where: { id: claimId } });
    expect(claim).toMatchObject({ origin: "EDITOR", quote: sel.quote, start: sel.start, end: sel.end, quantityValue: 18, status: "UNREVIEWED" });
    expect(await db.auditLog.findFirst({ where: { claimId, action: "claim.add" } })).toMatchObject({ actorId: editor.id, articleId: id });
  });

  it("edits wording with before/after, and refuses an edit of a claim someone changed meanwhile", async () => {
    const { db, editor, claims } = await anArticle();
    const c = claims[0]!;
    await editClaim(db, editClaimSchema.parse({ claimId: c.id, version: c.version, text: "3.4m passengers in 2023", type: "QUANTITY" }), editor.id);
    await expect(editClaim(db, editClaimSchema.parse({ claimId: c.id, version: c.version, text: "stale", type: "QUANTITY" }), editor.id)).rejects.toThrow(STALE_CLAIM_MESSAGE);
    const row = await db.auditLog.findFirstOrThrow({ where: { claimId: c.id, action: "claim.edit" } });
    expect(row.before).toEqual({ text: c.text, type: c.type });
    expect(row.after).toEqual({ text: "3.4m passengers in 2023", type: "QUANTITY" });
  });

  it("splits a two-figure claim into adjacent spans, and merges them back", async () => {
    const { db, editor, body, claims } = await anArticle();
    const revenue = claims.find((c) => c.quote.includes("$212 million"))!;
    // Split and merge are about one claim and its neighbour: whatever else the extractor found in
    // the article (another claim over the same sentence, say) is not part of this test.
    await db.claim.deleteMany({ where: { articleId: revenue.articleId, id: { not: revenue.id } } });
    const at = revenue.quote.indexOf("up 18 percent");
    const { secondId } = await splitClaim(db, splitClaimSchema.parse({ claimId: revenue.id, version: revenue.version, at, firstText: "Ticket revenue $212 million", secondText: "Revenue up 18%" }), editor.id);
    const first = await db.claim.findUniqueOrThrow({ where: { id: revenue.id } });
    const second = await db.claim.findUniqueOrThrow({ where: { id: secondId } });
    expect(first.quote).toBe("Ticket revenue rose to $212 million");
    expect(second.quote).toBe("up 18 percent from a year earlier.");
    expect(body.slice(first.start, first.end)).toBe(first.quote);
    expect(body.slice(second.start, second.end)).toBe(second.quote);
    expect(first.moneyAmount?.toNumber()).toBe(212_000_000);
    expect(second).toMatchObject({ origin: "EDITOR", quantityValue: 18 });

    await mergeClaims(db, mergeClaimsSchema.parse({ claimId: first.id, version: first.version, nextClaimId: second.id, nextVersion: second.version, text: "Revenue $212m, up 18%" }), editor.id);
    const merged = await db.claim.findUniqueOrThrow({ where: { id: first.id } });
    expect(merged.quote).toBe(revenue.quote);
    expect((await db.claim.findUniqueOrThrow({ where: { id: second.id } })).archivedAt).toBeInstanceOf(Date);
    expect((await db.auditLog.findMany({ where: { claimId: first.id }, orderBy: { id: "asc" } })).map((r) => r.action)).toEqual(["claim.split", "claim.merge"]);
  });

  it("dismisses a claim as not a claim", async () => {
    const { db, editor, claims } = await anArticle();
    const c = claims[2]!;
    await dismissClaim(db, dismissClaimSchema.parse({ claimId: c.id, version: c.version }), editor.id);
    expect((await db.claim.findUniqueOrThrow({ where: { id: c.id } })).status).toBe("DISMISSED");
    expect(await db.auditLog.findFirst({ where: { claimId: c.id, action: "claim.dismiss" } })).toMatchObject({ before: { status: "UNREVIEWED" }, after: { status: "DISMISSED" } });
  });
});

describe("evidence ledger and history", () => {
  it("audits add, edit and remove, and tells the claim's story in plain words", async () => {
    const { db, editor, claims } = await anArticle();
    const c = claims[0]!;
    const base = { claimId: c.id, url: "https://port.example/stats", title: "Port statistics 2023", publisher: "Port Authority", excerpt: "3.4m passengers", accessedOn: "2026-11-30", stance: "SUPPORTS", strength: "PRIMARY" };
    const a = await addEvidence(db, addEvidenceSchema.parse(base), editor.id);
    const b = await addEvidence(db, addEvidenceSchema.parse({ ...base, url: "https://news.example/ferries", title: "Ferry boom", strength: "SECONDARY" }), editor.id);
    await editEvidence(db, editEvidenceSchema.parse({ ...base, evidenceId: b.id, url: "https://news.example/ferries", title: "Ferry boom", stance: "CONTEXT", strength: "WEAK" }), editor.id);
    await removeEvidence(db, { evidenceId: a.id }, editor.id);
    expect(await db.evidence.count({ where: { claimId: c.id } })).toBe(1);
    expect(() => addEvidenceSchema.parse({ ...base, url: "javascript:alert(1)" })).toThrow(/http/);

    await verifyClaim(db, claimReviewSchema.parse({ claimId: c.id, version: c.version, status: "VERIFIED", verdict: "FALSE", note: "Port says 3.1m" }), editor.id);
    const history = (await claimHistory(db, c)).map(changeSentence).reverse();
    expect(history[0]).toMatch(/^Evidence added: Port statistics 2023 \(supports, primary\), by Test editor, \d{1,2} \w{3} \d\d:\d\d$/);
    expect(history[2]).toMatch(/^Evidence edited: Ferry boom \(context, weak\) — changed stance, strength, by Test editor/);
    expect(history[3]).toMatch(/^Evidence removed: Port statistics 2023/);
    expect(history[4]).toMatch(/^Status: Unreviewed → Verified; Verdict: none → False; Finding: none → “Port says 3.1m”, by Test editor, /);
  });

  it("pages the desk's activity by keyset and filters by person and kind", async () => {
    const { db, editor, claims } = await anArticle();
    for (const [i, c] of claims.entries()) {
      await editClaim(db, editClaimSchema.parse({ claimId: c.id, version: c.version, text: `Reworded ${i}`, type: c.type }), editor.id);
    }
    const mine = await listActivity(db, activityFilterSchema.parse({ person: editor.id, kind: "wording" }));
    // Newest first: the last claim reworded comes first.
    const order = claims.map((_, i) => i).reverse();
    expect(mine.items.map((i) => i.changes[0])).toEqual(order.map((i) => expect.stringContaining(`“Reworded ${i}”`)));
    expect(mine.next).toBeNull();
    const all = await listActivity(db, activityFilterSchema.parse({ person: editor.id }));
    expect(all.items.at(-1)!.changes[0]).toMatch(/^Article imported/);
    // A cursor continues strictly after the row it names.
    const firstTwo = all.items.slice(0, 2);
    const cursor = `${firstTwo[1]!.at.toISOString()}_${firstTwo[1]!.id}`;
    const rest = await listActivity(db, activityFilterSchema.parse({ person: editor.id, before: cursor }));
    expect(rest.items.map((i) => i.id)).toEqual(all.items.slice(2).map((i) => i.id));
  });
});

describe("corrections", () => {
  it("keeps a moved verified claim's review at its new span, orphans a gone one, adds new claims once, and keeps the old version", async () => {
    const { db, editor, name, id, body, claims } = await anArticle();
    const revenue = claims.find((c) => c.quote.includes("$212 million"))!;
    const vessels = claims.find((c) => c.quote.includes("vessels"))!;
    await addEvidence(db, addEvidenceSchema.parse({ claimId: revenue.id, url: "https://port.example/annual", stance: "SUPPORTS", strength: "PRIMARY" }), editor.id);
    await verifyClaim(db, claimReviewSchema.parse({ claimId: revenue.id, version: 1, status: "VERIFIED", verdict: "TRUE" }), editor.id);
    await verifyClaim(db, claimReviewSchema.parse({ claimId: vessels.id, version: 1, status: "VERIFIED", verdict: "MOSTLY_TRUE", confirmNoEvidence: true }), editor.id);
    const note = await createNote(db, createNoteSchema.parse({ ...selectionOf(id, body, "3.4 million passengers"), body: "Source?" }), editor.id);
    const goneNote = await createNote(db, createNoteSchema.parse({ ...selectionOf(id, body, "chief executive Mara Lind"), body: "Title right?" }), editor.id);

    const [p1, p2] = ferryText(name);
    const corrected = [`Fuel costs fell by 7 percent in the first quarter, according to the annual report.`, p2, p1].join("\n\n");
    const summary = await correctArticle(db, correctArticleSchema.parse({ articleId: id, version: 1, body: corrected, reason: "Outlet update" }), editor.id);
    expect(summary).toMatchObject({ version: 2, orphaned: 1, added: 1 });

    const moved = await db.claim.findUniqueOrThrow({ where: { id: revenue.id }, include: { evidence: true } });
    expect(moved).toMatchObject({ status: "VERIFIED", verdict: "TRUE", orphanedAt: null, quote: revenue.quote });
    expect(corrected.slice(moved.start, moved.end)).toBe(revenue.quote);
    expect(moved.evidence).toHaveLength(1);
    expect(await db.claim.findUniqueOrThrow({ where: { id: vessels.id } })).toMatchObject({ verdict: "MOSTLY_TRUE", orphanedAt: expect.any(Date) });

    const live = await db.claim.findMany({ where: { articleId: id, orphanedAt: null, archivedAt: null } });
    // Every claim the extractor found before is still there once (none duplicated by re-extraction),
    // the one whose words are gone is not, and the new sentence's claim was added.
    expect(new Set(live.map((c) => c.quote))).toEqual(new Set([p1, p2, "Fuel costs fell by 7 percent in the first quarter, according to the annual report."]));
    expect(live).toHaveLength(claims.length - summary.orphaned + summary.added);
    expect(live.find((c) => c.quote.startsWith("Fuel"))).toMatchObject({ status: "UNREVIEWED", origin: "EXTRACTOR" });

    const movedNote = await db.note.findUniqueOrThrow({ where: { id: note.id } });
    expect(corrected.slice(movedNote.start!, movedNote.end!)).toBe("3.4 million passengers");
    expect(movedNote.prefix).toBe(corrected.slice(Math.max(0, movedNote.start! - 32), movedNote.start!));
    expect((await db.note.findUniqueOrThrow({ where: { id: goneNote.id } })).orphanedAt).toBeInstanceOf(Date);

    const orphans = await listOrphans(db, { articleId: id });
    expect(orphans.claims.map((c) => c.id)).toEqual([vessels.id]);
    expect(orphans.notes.map((n) => n.id)).toEqual([goneNote.id]);
    expect(await db.articleVersion.findUniqueOrThrow({ where: { articleId_version: { articleId: id, version: 1 } } })).toMatchObject({ body, reason: "Outlet update" });

    // Correcting again with the same claims present does not duplicate them.
    const again = await correctArticle(db, correctArticleSchema.parse({ articleId: id, version: 2, body: `${corrected}\n\nMore to follow.` }), editor.id);
    expect(again).toMatchObject({ added: 0, orphaned: 0 });

    // Orphans are re-attached to a new selection, or archived.
    const current = (await db.article.findUniqueOrThrow({ where: { id } })).body;
    await reattachOrphan(db, { kind: "claim", id: vessels.id, ...selectionOf(id, current, "Fuel costs fell by 7 percent") }, editor.id);
    expect(await db.claim.findUniqueOrThrow({ where: { id: vessels.id } })).toMatchObject({ orphanedAt: null, quote: "Fuel costs fell by 7 percent", verdict: "MOSTLY_TRUE" });
    await archiveOrphan(db, { kind: "note", id: goneNote.id }, editor.id);
    expect(await listOrphans(db, { articleId: id })).toEqual({ claims: [], notes: [] });
    const history = (await claimHistory(db, await db.claim.findUniqueOrThrow({ where: { id: vessels.id } }))).map(changeSentence);
    expect(history.some((h) => /gone after a correction: now an orphan/.test(h))).toBe(true);
    expect(history[0]).toMatch(/^Re-attached to the passage “Fuel costs fell by 7 percent”/);
  });

  it("refuses a second correction based on the same version, and a correction that empties the article", async () => {
    const { db, editor, id, body } = await anArticle();
    await correctArticle(db, correctArticleSchema.parse({ articleId: id, version: 1, body: body.replace("Monday", "Tuesday") }), editor.id);
    const stale = correctArticle(db, correctArticleSchema.parse({ articleId: id, version: 1, body: body.replace("Monday", "Sunday") }), editor.id);
    await expect(stale).rejects.toBeInstanceOf(ConflictError);
    await expect(stale).rejects.toThrow(STALE_ARTICLE_MESSAGE);
    expect(() => correctArticleSchema.parse({ articleId: id, version: 2, body: "   \n " })).toThrow(/cannot empty/);
    await expect(correctArticle(db, { articleId: id, version: 2, body: " \n", reason: null }, editor.id)).rejects.toThrow(EMPTY_CORRECTION_MESSAGE);
    expect((await db.article.findUniqueOrThrow({ where: { id } })).body).toContain("Tuesday");
  });

  it("re-anchors claims and notes in non-ASCII text with emoji by UTF-16 offsets", async () => {
    const paragraphs = (name: string) => [
      `Café ${name} 🚀 sold 12,000 tickets in März 2024, up from 9,500.`,
      `Zürich's ferries 🚢 carried 1.2 million people in 2023, the city said.`,
    ];
    const { db, editor, name, id, body, claims } = await anArticle(paragraphs);
    const zurich = claims.find((c) => c.quote.includes("Zürich"))!;
    const note = await createNote(db, createNoteSchema.parse({ ...selectionOf(id, body, "🚢 carried 1.2 million"), body: "Emoji-adjacent note" }), editor.id);
    const corrected = [`👋🏽 Grüße — update.`, paragraphs(name)[1]!.replace("1.2 million", "1.25 million"), paragraphs(name)[0]].join("\n\n");
    await correctArticle(db, correctArticleSchema.parse({ articleId: id, version: 1, body: corrected }), editor.id);

    const after = await db.claim.findUniqueOrThrow({ where: { id: zurich.id } });
    expect(after.orphanedAt).toBeNull();
    expect(after.quote).toBe(corrected.slice(after.start, after.end));
    expect(after.quote).toContain("1.25 million");
    const n = await db.note.findUniqueOrThrow({ where: { id: note.id } });
    expect(n.quote).toBe(corrected.slice(n.start!, n.end!));
    expect(n.quote).toContain("🚢 carried 1.25 million");
  });
});
