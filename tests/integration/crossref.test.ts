// Cross-reference (issue 6): the figure rule, conflicts found at import, entities and their
// merging, suggestion ranking, links and their refusals, audit rows, concurrent accepts, backfill.
import { randomBytes } from "node:crypto";
import { describe, expect, it } from "vitest";
import { importArticle } from "@/lib/articles/import-article";
import { importArticleSchema } from "@/lib/validation/article";
import { InvalidInputError } from "@/lib/errors";
import { backfillCrossref } from "@/lib/crossref/backfill";
import { createLink, GONE_MESSAGE } from "@/lib/crossref/create-link";
import { decideSuggestion } from "@/lib/crossref/decide-suggestion";
import { decideConflict } from "@/lib/crossref/decide-conflict";
import { mergeEntity } from "@/lib/crossref/merge-entity";
import { renameEntity } from "@/lib/crossref/rename-entity";
import { suggestClaims } from "@/lib/crossref/suggest-claims";
import { getClaimCrossref } from "@/lib/crossref/get-claim-crossref";
import { makeUser, testDb } from "./support";

/** An invented company name no other test uses, so entity counts and conflicts are this test's own. */
function inventedName(): string {
  const letters = Array.from(randomBytes(6), (b) => "bcdfghjklmnprstvz"[b % 17]).join("");
  return `Zo${letters}`;
}

async function importText(body: string, publishedAt: string, actorId: string, title = "Test article") {
  const input = importArticleSchema.parse({ title, author: "A. Reporter", outlet: "Test Wire", publishedAt, url: "https://example.test/x", body });
  return importArticle(testDb(), input, actorId);
}

async function claimWith(articleId: string, fragment: string) {
  return testDb().claim.findFirstOrThrow({ where: { articleId, text: { contains: fragment } } });
}

async function relation(v1: number, c1: string | null, v2: number, c2: string | null): Promise<string> {
  const [row] = await testDb().$queryRaw<Array<{ r: string }>>`SELECT crossref_figure_relation(${v1}::float8, ${c1}, ${v2}::float8, ${c2}) AS r`;
  return row!.r;
}

describe("the figure rule (docs/crossref.md)", () => {
  it("respects comparators and the tolerance of approximate figures", async () => {
    expect(await relation(5, "under", 12, null)).toBe("CONFLICT"); // "under 5%" vs "12%"
    expect(await relation(20e6, "about", 18.7e6, null)).toBe("RELATED"); // within about's 10%
    expect(await relation(20e6, "about", 17e6, null)).toBe("CONFLICT");
    expect(await relation(20e6, null, 18.7e6, null)).toBe("CONFLICT"); // two exact figures
    expect(await relation(18.7e6, null, 18.72e6, null)).toBe("RELATED"); // rounding
    expect(await relation(100, "more than", 150, null)).toBe("RELATED");
    expect(await relation(100, "at least", 90, "exactly")).toBe("CONFLICT");
    expect(await relation(70, "nearly", 72, null)).toBe("CONFLICT"); // nearly 70 is not above 70
    expect(await relation(70, "nearly", 66, null)).toBe("RELATED");
    expect(await relation(5, "up to", 3, "at least")).toBe("RELATED"); // ranges that overlap
    expect(await relation(5, "fewer than", 8, "over")).toBe("CONFLICT");
  });

  it("compares units by their normalized noun and periods by year, relative periods only within an article", async () => {
    const [row] = await testDb().$queryRaw<Array<Record<string, string>>>`
      SELECT crossref_metric('Handsets') AS a, crossref_metric('handset') AS b, crossref_metric('registered users') AS c,
             crossref_period_key(' 2013 ', 'x') AS p1, crossref_period_key('2013', 'y') AS p2,
             crossref_period_key('Yesterday', 'x') AS r1, crossref_period_key('yesterday', 'y') AS r2`;
    expect(row!.a).toBe(row!.b);
    expect(row!.c).toBe("registered user");
    expect(row!.p1).toBe(row!.p2);
    expect(row!.r1).not.toBe(row!.r2);
  });
});

describe("conflicts found at import", () => {
  it("pairs figures of the same entity, metric and period across articles; the later claim is B", async () => {
    const editor = await makeUser();
    const name = inventedName();
    const first = await importText(`${name} Motors expects to sell about 20 million scooters in 2021, its founder said.`, "2021-01-10", editor.id);
    const second = await importText(
      `${name} Motors sold 12 million scooters in 2021, the company reported. ${name} Motors sold 19 million bicycles in 2021.`,
      "2022-02-01",
      editor.id,
    );
    const third = await importText(`${name} Motors sold about 19 million scooters in 2021, a rival estimate says.`, "2022-03-01", editor.id);
    const other = await importText(`${name} Motors sold 40 million scooters in 2023, analysts estimate.`, "2024-03-01", editor.id);

    const older = await claimWith(first.id, "20 million scooters");
    const newer = await claimWith(second.id, "12 million scooters");
    const conflict = await testDb().claimConflict.findUniqueOrThrow({ where: { claimAId_claimBId: { claimAId: older.id, claimBId: newer.id } } });
    expect(conflict).toMatchObject({ relation: "CONFLICT", status: "OPEN" });

    const related = await claimWith(third.id, "19 million scooters");
    const pair = await testDb().claimConflict.findUniqueOrThrow({ where: { claimAId_claimBId: { claimAId: older.id, claimBId: related.id } } });
    expect(pair.relation).toBe("RELATED");

    // Another unit (bicycles) or another year (2023) is not the same figure.
    const bicycles = await claimWith(second.id, "bicycles");
    const later = await claimWith(other.id, "40 million");
    const unrelated = await testDb().claimConflict.count({
      where: { OR: [{ claimAId: { in: [bicycles.id, later.id] } }, { claimBId: { in: [bicycles.id, later.id] } }] },
    });
    expect(unrelated).toBe(0);
  });

  it("confirming writes an 'updates' link from the newer claim, audited; a second decision is refused", async () => {
    const editor = await makeUser();
    const name = inventedName();
    const a = await importText(`${name} Foods sold 300 million meals in 2020, the company said.`, "2021-01-10", editor.id);
    const b = await importText(`${name} Foods sold 450 million meals in 2020, new filings show.`, "2022-01-10", editor.id);
    const older = await claimWith(a.id, "300 million");
    const newer = await claimWith(b.id, "450 million");
    const conflict = await testDb().claimConflict.findFirstOrThrow({ where: { claimAId: older.id, claimBId: newer.id } });

    await decideConflict(testDb(), { conflictId: conflict.id, decision: "UPDATES" }, editor.id);
    const link = await testDb().claimLink.findFirstOrThrow({ where: { fromClaimId: newer.id, toClaimId: older.id } });
    expect(link.type).toBe("UPDATES");
    const view = await getClaimCrossref(testDb(), older.id);
    expect(view.links.map((l) => l.wording)).toEqual(["updated by"]);
    const audit = await testDb().auditLog.findMany({ where: { entityType: "claim_conflict", entityId: conflict.id } });
    expect(audit).toMatchObject([{ action: "conflict.confirm", actorId: editor.id }]);

    await expect(decideConflict(testDb(), { conflictId: conflict.id, decision: "DISMISS" }, editor.id)).rejects.toThrow(/already decided/);
  });
});

describe("entities", () => {
  it("makes one person of a full name, a speaker and 'Ms. Surname', with a timeline across articles", async () => {
    const editor = await makeUser();
    const company = inventedName();
    const surname = inventedName();
    const a = await importText(
      `${company} Labs sold 2 million headsets in 2022, chief executive Marta ${surname} said on Monday. Ms. ${surname} said fewer than 4% of ${company} Labs headsets are sold online.`,
      "2023-01-05",
      editor.id,
    );
    const b = await importText(`${company} Labs will open 40 stores in 2024, Marta ${surname} said.`, "2023-06-05", editor.id);
    const person = await testDb().entity.findUniqueOrThrow({
      where: { normName: `marta ${surname.toLowerCase()}` },
      include: { aliases: true, claims: true },
    });
    expect(person.kind).toBe("PERSON");
    expect(person.aliases.map((x) => x.alias).sort()).toEqual([`Marta ${surname}`, surname].sort());
    expect(new Set(person.claims.map((c) => c.articleId))).toEqual(new Set([a.id, b.id]));
    expect(person.claimCount).toBe(person.claims.length);
    expect(person.claims.some((c) => c.isSpeaker)).toBe(true);
  });

  it("merges one entity into another: claims and aliases move, counts stay exact, audited; never into itself", async () => {
    const editor = await makeUser();
    const name = inventedName();
    await importText(`${name} Motors carried 9 million containers in 2022, the firm said. Fewer than 3% of ${name} containers were late in 2022.`, "2023-01-05", editor.id);
    await importText(`${name} Motors expects to carry 10 million containers in 2023, ${name} Motors said.`, "2023-02-05", editor.id);
    const short = await testDb().entity.findUniqueOrThrow({ where: { normName: name.toLowerCase() } });
    const long = await testDb().entity.findUniqueOrThrow({ where: { normName: `${name.toLowerCase()} motors` } });
    const before = { short: short.claimCount, long: long.claimCount };

    const itself = mergeEntity(testDb(), { entityId: short.id, intoName: name }, editor.id);
    await expect(itself).rejects.toBeInstanceOf(InvalidInputError);
    await expect(itself).rejects.toMatchObject({ fieldErrors: { intoName: expect.stringMatching(/into itself/) } });

    await mergeEntity(testDb(), { entityId: short.id, intoName: `${name} Motors` }, editor.id);
    expect(await testDb().entity.findUnique({ where: { id: short.id } })).toBeNull();
    const merged = await testDb().entity.findUniqueOrThrow({ where: { id: long.id }, include: { aliases: true } });
    const rows = await testDb().claimEntity.count({ where: { entityId: long.id } });
    expect(merged.claimCount).toBe(rows);
    expect(rows).toBeGreaterThanOrEqual(Math.max(before.short, before.long));
    expect(merged.aliases.map((x) => x.alias)).toContain(name);
    const audit = await testDb().auditLog.findMany({ where: { entityType: "entity", entityId: long.id, action: "entity.merge" } });
    expect(audit).toHaveLength(1);
    expect(audit[0]!.after).toMatchObject({ movedAliases: [name] });

    // A later article naming the short form lands on the merged entity.
    const c = await importText(`${name} moved 5 million containers in 2023, a broker said.`, "2024-01-05", editor.id);
    const landed = await testDb().claimEntity.findMany({ where: { articleId: c.id }, select: { entityId: true } });
    expect(landed.map((r) => r.entityId)).toContain(long.id);

    await renameEntity(testDb(), { entityId: long.id, name: `${name} Group` }, editor.id);
    const renamed = await testDb().entity.findUniqueOrThrow({ where: { id: long.id }, include: { aliases: true } });
    expect(renamed.name).toBe(`${name} Group`);
    expect(renamed.aliases.map((x) => x.alias)).toEqual(expect.arrayContaining([`${name} Motors`, `${name} Group`]));
    expect(await testDb().auditLog.count({ where: { entityType: "entity", entityId: long.id, action: "entity.rename" } })).toBe(1);
  });
});

describe("suggestions", () => {
  it("ranks the claim about the same fact first, and the indexed candidates agree with ranking every claim", async () => {
    const editor = await makeUser();
    const name = inventedName();
    const person = inventedName();
    const a = await importText(
      `Dana ${person}, the former Google executive, joined ${name} Robotics in October as global vice president. ${name} Robotics sells 3 million robots a year. The weather in Lisbon was mild.`,
      "2020-01-01",
      editor.id,
    );
    const b = await importText(
      `Dana ${person} joined ${name} Robotics from Google in October, the company said. Analysts expect ${name} Robotics to sell 5 million vacuum robots in 2021.`,
      "2020-06-01",
      editor.id,
    );
    const move = await claimWith(a.id, "joined");
    const expected = await claimWith(b.id, "joined");
    const ranked = await suggestClaims(testDb(), move.id);
    expect(ranked[0]?.id).toBe(expected.id);
    expect(ranked[0]!.sharedEntities).toBeGreaterThanOrEqual(2);
    const reference = await suggestClaims(testDb(), move.id, { candidates: "all" });
    expect(reference[0]?.id).toBe(expected.id);
    expect(ranked.every((s) => s.articleId !== a.id)).toBe(true);

    // Dismissed: gone for good, both ways, and audited once.
    await decideSuggestion(testDb(), { claimId: move.id, otherClaimId: expected.id, decision: "DISMISS" }, editor.id);
    await decideSuggestion(testDb(), { claimId: move.id, otherClaimId: expected.id, decision: "DISMISS" }, editor.id);
    expect((await suggestClaims(testDb(), move.id)).map((s) => s.id)).not.toContain(expected.id);
    expect((await suggestClaims(testDb(), expected.id)).map((s) => s.id)).not.toContain(move.id);
    expect(await testDb().auditLog.count({ where: { entityType: "suggestion", action: "suggestion.dismiss", entityId: { contains: move.id } } })).toBe(1);
  });

  it("two editors accepting the same suggestion at once make one link, one audit row, and no error", async () => {
    const [one, two] = [await makeUser(), await makeUser()];
    const name = inventedName();
    const a = await importText(`${name} Air flew 8 million passengers in 2019, the airline said.`, "2020-01-01", one.id);
    const b = await importText(`${name} Air flew 8 million passengers in 2019, according to the regulator.`, "2020-05-01", one.id);
    const x = await claimWith(a.id, "8 million");
    const y = await claimWith(b.id, "8 million");
    const results = await Promise.all([
      decideSuggestion(testDb(), { claimId: x.id, otherClaimId: y.id, decision: "SAME_CLAIM" }, one.id),
      decideSuggestion(testDb(), { claimId: y.id, otherClaimId: x.id, decision: "SAME_CLAIM" }, two.id),
    ]);
    expect(results.map((r) => r.message).sort()).toEqual(["Already linked (another editor accepted it a moment ago).", "Linked."]);
    const links = await testDb().claimLink.findMany({ where: { OR: [{ fromClaimId: x.id }, { toClaimId: x.id }] } });
    expect(links).toHaveLength(1);
    expect(await testDb().auditLog.count({ where: { entityType: "claim_link", entityId: links[0]!.id } })).toBe(1);
    // Accepted: no longer suggested.
    expect((await suggestClaims(testDb(), x.id)).map((s) => s.id)).not.toContain(y.id);
  });
});

describe("links", () => {
  it("refuses a link to itself, within one article, twice, or to a deleted claim, each with its message", async () => {
    const editor = await makeUser();
    const name = inventedName();
    const a = await importText(`${name} Bank lent $4 billion in 2021, the bank said. ${name} Bank hired 300 staff in 2021.`, "2022-01-01", editor.id);
    const b = await importText(`${name} Bank lent $5 billion in 2021, filings show.`, "2022-04-01", editor.id);
    const x = await claimWith(a.id, "$4 billion");
    const sibling = await claimWith(a.id, "300 staff");
    const y = await claimWith(b.id, "$5 billion");
    const link = (targetClaimId: string) => createLink(testDb(), { claimId: x.id, targetClaimId, relation: "CONTRADICTS", actorId: editor.id });

    await expect(link(x.id)).rejects.toMatchObject({ fieldErrors: { targetClaimId: expect.stringMatching(/itself/) } });
    await expect(link(sibling.id)).rejects.toMatchObject({ fieldErrors: { targetClaimId: expect.stringMatching(/different articles/) } });
    await link(y.id);
    // The same pair and type again, from either end.
    await expect(link(y.id)).rejects.toMatchObject({ fieldErrors: { targetClaimId: expect.stringMatching(/already linked/) } });
    await expect(createLink(testDb(), { claimId: y.id, targetClaimId: x.id, relation: "CONTRADICTS", actorId: editor.id })).rejects.toThrow(/already linked/);

    const gone = await importText(`${name} Bank closed 12 branches in 2021, the union said.`, "2022-05-01", editor.id);
    const goneClaim = await claimWith(gone.id, "12 branches");
    await testDb().claim.delete({ where: { id: goneClaim.id } });
    await expect(link(goneClaim.id)).rejects.toMatchObject({ fieldErrors: { targetClaimId: GONE_MESSAGE } });

    const audit = await testDb().auditLog.findMany({ where: { entityType: "claim_link", action: "claim_link.create", actorId: editor.id } });
    expect(audit).toHaveLength(1);
  });

  it("reads each way round: 'updates' from the newer claim, 'updated by' from the older; same-claim groups know their first appearance", async () => {
    const editor = await makeUser();
    const name = inventedName();
    const a = await importText(`${name} Rail carried 70 million riders in 2018, the operator said.`, "2019-01-01", editor.id);
    const b = await importText(`${name} Rail carried 70 million riders in 2018, the ministry said.`, "2019-03-01", editor.id);
    const c = await importText(`${name} Rail carried 71 million riders in 2018, revised figures show.`, "2019-09-01", editor.id);
    const [x, y, z] = [await claimWith(a.id, "70 million"), await claimWith(b.id, "70 million"), await claimWith(c.id, "71 million")];
    await createLink(testDb(), { claimId: z.id, targetClaimId: x.id, relation: "UPDATES", actorId: editor.id });
    await createLink(testDb(), { claimId: y.id, targetClaimId: x.id, relation: "SAME_CLAIM", actorId: editor.id });
    const fromZ = await getClaimCrossref(testDb(), z.id);
    const fromX = await getClaimCrossref(testDb(), x.id);
    expect(fromZ.links.map((l) => l.wording)).toEqual(["updates"]);
    expect(fromX.links.map((l) => l.wording).sort()).toEqual(["same claim as", "updated by"]);
    const fromY = await getClaimCrossref(testDb(), y.id);
    expect(fromY.appearances.firstAppearance?.claimId).toBe(x.id);
    expect(fromY.appearances.appearances.map((p) => p.claimId)).toEqual([x.id, y.id]);
  });
});

describe("backfill", () => {
  it("cross-references articles that have none, and a rerun changes nothing", async () => {
    const editor = await makeUser();
    const name = inventedName();
    const a = await importText(`${name} Energy built 14 wind farms in 2020, ${name} Energy said.`, "2021-01-01", editor.id);
    const before = await testDb().claimEntity.count({ where: { articleId: a.id } });
    // As if the article had been imported before cross-referencing existed.
    await testDb().claimEntity.deleteMany({ where: { articleId: a.id } });
    await testDb().claimXref.deleteMany({ where: { articleId: a.id } });

    const first = await backfillCrossref(testDb());
    expect(first.articles).toBeGreaterThanOrEqual(1);
    expect(await testDb().claimEntity.count({ where: { articleId: a.id } })).toBe(before);
    const entity = await testDb().entity.findUniqueOrThrow({ where: { normName: `${name.toLowerCase()} energy` } });
    expect(entity.claimCount).toBe(await testDb().claimEntity.count({ where: { entityId: entity.id } }));

    const second = await backfillCrossref(testDb());
    expect(second).toEqual({ articles: 0, claims: 0, newConflicts: 0 });
  });
});
