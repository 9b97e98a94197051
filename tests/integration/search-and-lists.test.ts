// Search that finds and lists that page correctly, on a real PostgreSQL: the full-text column and
// its triggers, keyset pages, the bounded count, filters, and the filter as SQL for bulk actions.
import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { Prisma } from "@/lib/generated/prisma/client";
import { listClaims } from "@/lib/claims/list-claims";
import { claimFilterCondition } from "@/lib/claims/claim-filter-sql";
import { listArticles } from "@/lib/articles/list-articles";
import { suggestArticles } from "@/lib/articles/suggest-articles";
import { CLAIM_SORTS, claimFilterSchema } from "@/lib/validation/claim-filter";
import { articleFilterSchema } from "@/lib/validation/article-filter";
import { HIGHLIGHT_END, HIGHLIGHT_START } from "@/lib/lists/highlight";
import { formatBoundedCount } from "@/lib/lists/keyset";
import { makeUser, testDb } from "./support";

/** A made-up word of letters only, so each test's rows are its own whatever else is in the database. */
function marker(): string {
  return `zq${randomUUID().replace(/[^a-f]/g, "").slice(0, 10)}`;
}

type ClaimSeed = { text: string; quote?: string; speaker?: string; entities?: { text: string; kind: string }[]; checkworthiness?: number; start?: number };

async function articleWith(claims: ClaimSeed[], article: { title?: string; outlet?: string; publishedAt?: Date } = {}) {
  const db = testDb();
  const editor = await makeUser();
  const body = "x".repeat(2_000);
  const created = await db.article.create({
    data: {
      title: article.title ?? `Article ${randomUUID()}`,
      outlet: article.outlet,
      publishedAt: article.publishedAt,
      body,
      contentHash: randomUUID(),
      importedById: editor.id,
      claims: {
        createMany: {
          data: claims.map((c, i) => ({
            text: c.text,
            quote: c.quote ?? c.text,
            speaker: c.speaker,
            entities: c.entities,
            start: c.start ?? i,
            end: (c.start ?? i) + 5,
            type: "QUANTITY" as const,
            checkworthiness: c.checkworthiness ?? 0.5,
          })),
        },
      },
    },
  });
  const rows = await db.claim.findMany({ where: { articleId: created.id } });
  return { db, editor, article: created, claims: rows };
}

const search = (q: string, extra: Record<string, string> = {}) => listClaims(testDb(), claimFilterSchema.parse({ q, ...extra }));
const texts = (page: { items: { text: string }[] }) => page.items.map((c) => c.text).sort();

describe("claim search", () => {
  it("stems English words: 'sold' finds 'sell' and 'sales', and the reverse", async () => {
    const m = marker();
    await articleWith([{ text: `${m} expects to sell 20 million handsets` }, { text: `${m} online sales were flat` }, { text: `${m} opened two stores` }]);
    expect(texts(await search(`sold ${m}`))).toEqual([`${m} expects to sell 20 million handsets`]);
    expect(texts(await search(`${m} sale`))).toEqual([`${m} online sales were flat`]);
  });

  it("finds all the words in any order, in the wording, quote, speaker or entity names", async () => {
    const m = marker();
    await articleWith([
      { text: `Handset sales of ${m} doubled`, quote: "They said sales doubled." },
      { text: "Revenue rose", quote: `Revenue at ${m} rose, with sales up`, speaker: "Hugo Barra" },
      { text: `${m} hired staff`, entities: [{ text: "Lisbon Harbour", kind: "place" }] },
      { text: `${m} only`, quote: "No second word here" },
    ]);
    expect(texts(await search(`sales ${m}`))).toEqual(["Revenue rose", `Handset sales of ${m} doubled`].sort());
    expect(texts(await search(`${m} Barra`))).toEqual(["Revenue rose"]);
    expect(texts(await search(`harbour ${m}`))).toEqual([`${m} hired staff`]);
  });

  it("matches a quoted phrase only with its words together, and ranks wording above quote matches", async () => {
    const m = marker();
    await articleWith([
      { text: `${m} sold phones online`, quote: "quote one" },
      { text: `${m} online shops sold phones`, quote: "quote two" },
      { text: "no marker in the wording", quote: `sold phones online says ${m}` },
    ]);
    expect(texts(await search(`"sold phones online" ${m}`))).toEqual([`${m} sold phones online`, "no marker in the wording"].sort());
    const ranked = await search(`${m} online`);
    expect(ranked.sort).toBe("relevance");
    expect(ranked.items.at(-1)!.text).toBe("no marker in the wording");
  });

  it("marks the matched words for highlighting, and nothing else", async () => {
    const m = marker();
    await articleWith([{ text: `${m} sold 2,000 phones`, quote: `In one day ${m} sold 2,000 phones <b>really</b>` }]);
    const [item] = (await search(`sell ${m}`)).items;
    expect(item!.textHighlighted).toBe(`${HIGHLIGHT_START}${m}${HIGHLIGHT_END} ${HIGHLIGHT_START}sold${HIGHLIGHT_END} 2,000 phones`);
    expect(item!.quoteHighlighted).toContain("<b>really</b>");
  });

  it("explains a search of only punctuation or of 5,000 characters instead of failing", async () => {
    for (const q of ["!!! ?? ...", "%", "_", "'\"&|:*()"]) {
      const page = await search(q);
      expect(page.searchProblem, q).toBe("Search needs at least one letter or digit.");
      expect(page.items).toEqual([]);
    }
    const long = await search("sales ".repeat(834));
    expect(long.searchProblem).toMatch(/^Search is limited to 200 characters/);
    expect(long.items).toEqual([]);
  });

  it("treats % and _ as plain characters, not wildcards, and drops NUL characters", async () => {
    const m = marker();
    await articleWith([{ text: `${m} scooters sold` }, { text: `${m} 50% of buyers` }]);
    expect(texts(await search(`${m} sc_oters`))).toEqual([]);
    expect(texts(await search(`${m} scoot%`))).toEqual([]);
    expect(texts(await search(`${m}\u0000 scooters`))).toEqual([`${m} scooters sold`]);
  });
});

describe("keyset pages", () => {
  it("cover every claim exactly once, in order, for every sort, with ties on the sort key", async () => {
    // 57 claims, many sharing a check-worthiness and a start offset.
    const claims = Array.from({ length: 57 }, (_, i) => ({ text: `claim ${i}`, checkworthiness: [0.2, 0.5, 0.9][i % 3], start: Math.floor(i / 4) }));
    const { article } = await articleWith(claims);
    for (const sort of CLAIM_SORTS) {
      const seen: string[] = [];
      let cursor: string | undefined;
      for (let pages = 0; pages < 10; pages++) {
        const page = await listClaims(testDb(), claimFilterSchema.parse({ articleId: article.id, sort, cursor }), { pageSize: 10 });
        seen.push(...page.items.map((c) => c.id));
        if (!page.nextCursor) break;
        cursor = page.nextCursor;
      }
      expect(seen.length, sort).toBe(57);
      expect(new Set(seen).size, sort).toBe(57);
      const whole = await listClaims(testDb(), claimFilterSchema.parse({ articleId: article.id, sort }), { pageSize: 100 });
      expect(seen, sort).toEqual(whole.items.map((c) => c.id));
    }
  });

  it("walk a best-match search page by page: every match once, best first, ties on the rank included", async () => {
    const m = marker();
    // 23 matches with a handful of distinct ranks (how often the marker is repeated), so ranks tie.
    const claims = Array.from({ length: 23 }, (_, i) => ({ text: `${`${m} `.repeat(1 + (i % 4))}figure ${i}` }));
    await articleWith(claims);
    const seen: string[] = [];
    let cursor: string | undefined;
    for (let pages = 0; pages < 10; pages++) {
      const page = await listClaims(testDb(), claimFilterSchema.parse({ q: m, cursor }), { pageSize: 5 });
      expect(page.sort).toBe("relevance");
      seen.push(...page.items.map((c) => c.text));
      if (!page.nextCursor) break;
      cursor = page.nextCursor;
    }
    expect(seen).toHaveLength(23);
    expect(new Set(seen).size).toBe(23);
    const whole = await listClaims(testDb(), claimFilterSchema.parse({ q: m }), { pageSize: 100 });
    expect(seen).toEqual(whole.items.map((c) => c.text));
    // Best first: a claim repeating the searched word four times outranks one that says it once.
    const repeats = (text: string) => text.split(m).length - 1;
    expect(repeats(seen[0]!)).toBe(4);
    expect(repeats(seen.at(-1)!)).toBe(1);
  });

  it("shows the first page for a cursor that was tampered with, from another sort, or holds impossible values", async () => {
    const { article } = await articleWith(Array.from({ length: 30 }, (_, i) => ({ text: `t ${i}` })));
    const first = await listClaims(testDb(), claimFilterSchema.parse({ articleId: article.id }));
    const forged = (value: unknown) => Buffer.from(JSON.stringify(value)).toString("base64url");
    for (const cursor of [
      "not-a-cursor",
      first.nextCursor!.slice(0, -3),
      forged({ s: "changed", v: ["2024-01-01 00:00:00", "x"] }),
      forged({ s: "imported", v: ["2024-02-30 00:00:00", "a", "1", "b"] }),
      forged({ s: "imported", v: ["2024-01-01 00:00:00", "a", "99999999999", "b"] }),
      forged({ s: "imported", v: [1, 2, 3, 4] }),
    ]) {
      const page = await listClaims(testDb(), claimFilterSchema.parse({ articleId: article.id, cursor }));
      expect(page.items.map((c) => c.id), cursor).toEqual(first.items.map((c) => c.id));
    }
  });

  it("counts at most 10,000 and then says 10,000+", async () => {
    const { article } = await articleWith(Array.from({ length: 10_005 }, (_, i) => ({ text: `bulk ${i}` })));
    const page = await listClaims(testDb(), claimFilterSchema.parse({ articleId: article.id }));
    expect(page.total).toEqual({ count: 10_000, more: true });
    expect(formatBoundedCount(page.total, "claim", "claims")).toBe("10,000+ claims");
    expect(page.items).toHaveLength(25);
  });
});

describe("filters", () => {
  it("filter by status, verdict, outlet, assignee, reviewer, entity, evidence, publication dates and headline words", async () => {
    const m = marker();
    const outlet = `Wire ${m}`;
    const { db, editor, article, claims } = await articleWith(
      [
        { text: "a", entities: [{ text: `Nimbus ${m}`, kind: "org" }] },
        { text: "b" },
        { text: "c" },
      ],
      { title: `Quarterly ${m} results`, outlet, publishedAt: new Date("2024-03-18T00:00:00Z") },
    );
    const [a, b, c] = ["a", "b", "c"].map((t) => claims.find((x) => x.text === t)!);
    await db.claim.update({ where: { id: a!.id }, data: { status: "VERIFIED", verdict: "FALSE", reviewerId: editor.id } });
    await db.claim.update({ where: { id: b!.id }, data: { assigneeId: editor.id } });
    await db.evidence.create({ data: { claimId: c!.id, url: "https://example.test/e", addedById: editor.id } });

    const ids = async (f: Record<string, string>) =>
      (await listClaims(db, claimFilterSchema.parse({ outlet, ...f }))).items.map((x) => x.text).sort();
    expect(await ids({})).toEqual(["a", "b", "c"]);
    expect(await ids({ outlet: outlet.toUpperCase() })).toEqual(["a", "b", "c"]);
    expect(await ids({ status: "VERIFIED" })).toEqual(["a"]);
    expect(await ids({ verdict: "FALSE" })).toEqual(["a"]);
    expect(await ids({ reviewer: editor.id })).toEqual(["a"]);
    expect(await ids({ assignee: editor.id })).toEqual(["b"]);
    expect(await ids({ assignee: "none" })).toEqual(["a", "c"]);
    expect(await ids({ entity: `nimbus ${m}` })).toEqual(["a"]);
    // Any name of the cross-reference entity finds its claims, as its page and a report do.
    await db.$executeRaw`INSERT INTO entities (id, name, "normName", kind) VALUES (${`e${m}`}, ${`Nimbus ${m}`}, crossref_norm_name(${`Nimbus ${m}`}), 'ORGANIZATION')`;
    for (const alias of [`Nimbus ${m}`, `${m}`]) {
      await db.$executeRaw`INSERT INTO entity_aliases (id, "entityId", alias, "normAlias") VALUES (${`a${alias}`}, ${`e${m}`}, ${alias}, crossref_norm_name(${alias}))`;
    }
    expect(await ids({ entity: `The ${m.toUpperCase()}` })).toEqual(["a"]);
    expect(await ids({ entity: `${m}x` })).toEqual([]);
    expect(await ids({ evidence: "yes" })).toEqual(["c"]);
    expect(await ids({ evidence: "no" })).toEqual(["a", "b"]);
    expect(await ids({ from: "2024-03-18", to: "2024-03-18" })).toEqual(["a", "b", "c"]);
    expect(await ids({ from: "2024-03-19" })).toEqual([]);
    expect(await ids({ to: "2024-03-17" })).toEqual([]);
    expect(await ids({ outlet: "", article: `quarter ${m}` })).toEqual(["a", "b", "c"]);
    expect(await ids({ outlet: "", articleId: article.id, status: "UNREVIEWED" })).toEqual(["b", "c"]);
    // A bad value in the URL is ignored, not an error.
    expect(await ids({ status: "NOPE", from: "2024-13-45", assignee: "'; drop table claims; --" })).toEqual(["a", "b", "c"]);
  });

  it("as SQL for bulk actions: an update through claimFilterCondition touches exactly the listed claims", async () => {
    const m = marker();
    const { db, article } = await articleWith([{ text: `${m} one sold` }, { text: `${m} two sold` }, { text: `${m} three` }]);
    const filter = claimFilterSchema.parse({ q: `sell ${m}`, articleId: article.id });
    const listed = (await listClaims(db, filter)).items.map((c) => c.id).sort();
    const updated = await db.$queryRaw<{ id: string }[]>(
      Prisma.sql`UPDATE claims c SET status = 'IN_REVIEW' WHERE ${claimFilterCondition(filter)} RETURNING c.id`,
    );
    expect(updated.map((u) => u.id).sort()).toEqual(listed);
    expect(listed).toHaveLength(2);
  });

  it("the article type-ahead finds headlines by the words typed so far, the last one as a prefix", async () => {
    const m = marker();
    const { article } = await articleWith([{ text: "x" }], { title: `Xiaomi ${m} flash sales in India` });
    expect((await suggestArticles(testDb(), `${m} fla`)).map((a) => a.id)).toEqual([article.id]);
    expect(await suggestArticles(testDb(), `${m} india%`)).toEqual([{ id: article.id, title: article.title, outlet: null, publishedAt: null }]);
    expect(await suggestArticles(testDb(), "%_")).toEqual([]);
  });
});

describe("denormalized article dates", () => {
  it("follow the article when its dates change, so the date sorts and filters stay right", async () => {
    const { db, article } = await articleWith([{ text: "d1" }, { text: "d2" }], { publishedAt: new Date("2020-01-01T00:00:00Z") });
    await db.article.update({ where: { id: article.id }, data: { publishedAt: new Date("2021-06-01T00:00:00Z") } });
    const rows = await db.$queryRaw<{ p: Date; i: Date }[]>`
      SELECT article_published_at AS p, article_imported_at AS i FROM claims WHERE "articleId" = ${article.id}`;
    expect(rows.map((r) => r.p.toISOString())).toEqual(["2021-06-01T00:00:00.000Z", "2021-06-01T00:00:00.000Z"]);
    expect(rows.every((r) => r.i.getTime() === article.importedAt.getTime())).toBe(true);
  });
});

describe("articles list", () => {
  it("searches headline, outlet, author and body with stemming, and pages by keyset", async () => {
    const db = testDb();
    const editor = await makeUser();
    const m = marker();
    for (let i = 0; i < 30; i++) {
      await db.article.create({
        data: {
          title: `Story ${i} ${m}`,
          author: i === 3 ? "Paula Mozart" : null,
          body: i === 7 ? `${m} shipments were selling fast` : `${m} body ${i}`,
          contentHash: randomUUID(),
          importedById: editor.id,
        },
      });
    }
    const list = (f: Record<string, string | undefined>) => listArticles(db, articleFilterSchema.parse(f), { pageSize: 12 });
    expect((await list({ q: `${m} sold` })).items.map((a) => a.title)).toEqual([`Story 7 ${m}`]);
    expect((await list({ q: `mozart ${m}` })).items.map((a) => a.title)).toEqual([`Story 3 ${m}`]);
    for (const sort of ["imported", "title", "relevance"]) {
      const seen: string[] = [];
      let cursor: string | undefined;
      for (let i = 0; i < 5; i++) {
        const page = await list({ q: m, sort, cursor });
        expect(page.total.count).toBe(30);
        seen.push(...page.items.map((a) => a.title));
        if (!page.nextCursor) break;
        cursor = page.nextCursor;
      }
      expect(new Set(seen).size, sort).toBe(30);
    }
    expect((await list({ q: "((" })).searchProblem).toBe("Search needs at least one letter or digit.");
  });
});
