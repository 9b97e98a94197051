// The claims list across all articles: one filter condition (claim-filter-sql), an order an index
// serves, keyset pages and a bounded count. Matches are highlighted by PostgreSQL (ts_headline)
// on the rows shown only.
import type { Db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import type { ClaimStatus, ClaimType, Verdict } from "@/lib/generated/prisma/enums";
import { decodeCursor, encodeCursor } from "@/lib/lists/cursor";
import { COUNT_LIMIT, afterCursor, boundedCount, keyColumns, keyValues, orderBy, type BoundedCount } from "@/lib/lists/keyset";
import { checkSearchText } from "@/lib/lists/search-text";
import { HIGHLIGHT_END, HIGHLIGHT_START } from "@/lib/lists/highlight";
import type { ClaimFilter, ClaimSort } from "@/lib/validation/claim-filter";
import { claimFilterCondition, claimSearchQuery, type ClaimFilterOptions } from "./claim-filter-sql";
import { entityFilterNames, namesThroughPrisma } from "./entity-filter-names";
import { claimSortKeys, effectiveClaimSort } from "./claim-sorts";

export const CLAIMS_PAGE_SIZE = 25;

export interface ClaimListItem {
  id: string;
  text: string;
  quote: string;
  speaker: string | null;
  type: ClaimType;
  status: ClaimStatus;
  verdict: Verdict | null;
  checkworthiness: number;
  /** text and quote with matches wrapped in HIGHLIGHT_START/END, when the list has a search. */
  textHighlighted: string | null;
  quoteHighlighted: string | null;
  article: { id: string; title: string; outlet: string | null; publishedAt: Date | null };
}

export interface ClaimListPage {
  items: ClaimListItem[];
  total: BoundedCount;
  sort: ClaimSort;
  /** The cursor of the next page, or null on the last one. */
  nextCursor: string | null;
  /** True when this page continues from a cursor (so "first page" makes sense). */
  continued: boolean;
  /** Why the search could not run (only punctuation, too long), for the page to say. */
  searchProblem: string | null;
}

interface Row {
  id: string;
  text: string;
  quote: string;
  speaker: string | null;
  type: ClaimType;
  status: ClaimStatus;
  verdict: Verdict | null;
  checkworthiness: number;
  articleId: string;
  title: string;
  outlet: string | null;
  publishedAt: Date | null;
  text_hl: string | null;
  quote_hl: string | null;
  [key: `k${number}`]: string;
}

/** The SQL of one list view: the page (from a position) and the bounded count. Benchmarks run the same text raw. */
export function claimListQueries(filter: ClaimFilter, pageSize = CLAIMS_PAGE_SIZE, filterOptions: ClaimFilterOptions = {}) {
  const search = claimSearchQuery(filter.q);
  const sort = effectiveClaimSort(filter.sort, search !== null);
  // Ranking needs every match's vector, and a common word matches a quarter of a million claims.
  // Best match therefore ranks the newest 10,001 matches (the import-order index finds them
  // without reading the rest); below that bound, which is what the count shows exactly, the
  // ranking is over all matches. The candidates are the same on every page, so keyset pages hold.
  const ranked = sort === "relevance" && search !== null;
  // Ranked pages sort on the rank computed where each candidate row is first read (c.rank), so a
  // page joins back the claims of its own 26 rows, not all 10,001 candidates.
  const keys = claimSortKeys(sort);
  const criteria = claimFilterCondition(filter, filterOptions);
  const after = decodeCursor(filter.cursor, sort, keys.map((k) => k.cast));

  const page = (position: string[] | null): Prisma.Sql => {
    const cursor = position ? afterCursor(keys, position) : Prisma.sql`TRUE`;
    const source = ranked
      ? Prisma.sql`(SELECT c.*, top.rank FROM (
          SELECT c.id, c.rank FROM (
            SELECT c.id, CAST(ts_rank(c.search_vector, ${search}) AS float8) AS rank
            FROM claims c WHERE ${criteria}
            ORDER BY ${orderBy(claimSortKeys("imported"))} LIMIT ${COUNT_LIMIT + 1}
          ) c
          WHERE ${cursor}
          ORDER BY ${orderBy(keys)} LIMIT ${pageSize + 1}
        ) top JOIN claims c ON c.id = top.id) c`
      : Prisma.sql`claims c`;
    const where = ranked ? Prisma.sql`TRUE` : position ? Prisma.sql`${criteria} AND ${cursor}` : criteria;
    const outerOrder = Prisma.join(
      keys.map((k, i) => Prisma.sql`p.${Prisma.raw(`o${i}`)} ${Prisma.raw(k.direction)}`),
      ", ",
    );
    const headline = (column: string) =>
      search
        ? Prisma.sql`ts_headline('english', p.${Prisma.raw(column)}, ${search}, ${`StartSel=${HIGHLIGHT_START}, StopSel=${HIGHLIGHT_END}, HighlightAll=true`})`
        : Prisma.sql`NULL`;
    // The inner query finds the page with the sort index; the outer one joins articles and
    // highlights only those rows.
    return Prisma.sql`
      SELECT p.*, a.title, a.outlet, a."publishedAt", ${headline("text")} AS text_hl, ${headline("quote")} AS quote_hl
      FROM (
        SELECT c.id, c.text, c.quote, c.speaker, c.type, c.status, c.verdict, c.checkworthiness, c."articleId",
               ${keyColumns(keys)}, ${Prisma.join(
                 keys.map((k, i) => Prisma.sql`${k.sql} AS ${Prisma.raw(`o${i}`)}`),
                 ", ",
               )}
        FROM ${source}
        WHERE ${where}
        ORDER BY ${orderBy(keys)}
        LIMIT ${pageSize + 1}
      ) p
      JOIN articles a ON a.id = p."articleId"
      ORDER BY ${outerOrder}`;
  };
  const count = Prisma.sql`SELECT count(*) AS n FROM (SELECT 1 FROM claims c WHERE ${criteria} LIMIT ${COUNT_LIMIT + 1}) s`;
  return { sort, keys, after, page, count };
}

export async function listClaims(db: Db, filter: ClaimFilter, options: { pageSize?: number } = {}): Promise<ClaimListPage> {
  const pageSize = options.pageSize ?? CLAIMS_PAGE_SIZE;
  const checked = filter.q ? checkSearchText(filter.q) : null;
  const entityNames = await entityFilterNames(namesThroughPrisma(db), filter.entity);
  const { sort, keys, after, page: pageSql, count: countSql } = claimListQueries(filter, pageSize, { entityNames });
  const page = (position: string[] | null) => db.$queryRaw<Row[]>(pageSql(position));
  const count = db.$queryRaw<{ n: bigint }[]>(countSql);
  const firstOrAfter = async (): Promise<{ rows: Row[]; continued: boolean }> => {
    try {
      return { rows: await page(after), continued: after !== null };
    } catch (error) {
      // A cursor that passed the shape check but not PostgreSQL's own (an impossible value):
      // the first page, as for any other cursor we cannot use.
      if (!after || !isBadValueError(error)) throw error;
      return { rows: await page(null), continued: false };
    }
  };
  // Prisma queries are lazy: Promise.all is what runs the page and the count side by side.
  const [{ rows, continued }, countRows] = await Promise.all([firstOrAfter(), count]);
  const total = boundedCount(countRows);

  const shown = rows.slice(0, pageSize);
  const last = shown.at(-1);
  return {
    items: shown.map((r) => ({
      id: r.id,
      text: r.text,
      quote: r.quote,
      speaker: r.speaker,
      type: r.type,
      status: r.status,
      verdict: r.verdict,
      checkworthiness: r.checkworthiness,
      textHighlighted: r.text_hl,
      quoteHighlighted: r.quote_hl,
      article: { id: r.articleId, title: r.title, outlet: r.outlet, publishedAt: r.publishedAt },
    })),
    total,
    sort,
    nextCursor: rows.length > pageSize && last ? encodeCursor(sort, keyValues(last, keys)) : null,
    continued,
    searchProblem: checked && !checked.ok ? checked.message : null,
  };
}

function isBadValueError(error: unknown): boolean {
  const text = String((error as { message?: unknown })?.message ?? "");
  return /22007|22008|22P02|22003|invalid input syntax|out of range/.test(text);
}
