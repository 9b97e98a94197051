// The articles list: full-text search over headline, outlet, author and body; keyset pages in
// an order an index serves; a bounded count.
import type { Db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { decodeCursor, encodeCursor } from "@/lib/lists/cursor";
import { COUNT_LIMIT, afterCursor, boundedCount, keyColumns, keyValues, orderBy, type BoundedCount, type SortKey } from "@/lib/lists/keyset";
import { checkSearchText } from "@/lib/lists/search-text";
import { searchTsquery } from "@/lib/lists/search-tsquery";
import { queryWithoutSeqScan } from "@/lib/lists/query-without-seq-scan";
import type { ArticleFilter, ArticleSort } from "@/lib/validation/article-filter";

export const ARTICLES_PAGE_SIZE = 25;

export const ARTICLE_SORT_LABELS: Record<ArticleSort, string> = {
  relevance: "Best match (with a search)",
  imported: "Import date, newest",
  published: "Publication date, newest",
  title: "Headline, A–Z",
};

function articleSortKeys(sort: ArticleSort, search: Prisma.Sql | null): SortKey[] {
  const id = (direction: "ASC" | "DESC"): SortKey => ({ sql: Prisma.sql`a.id`, direction, cast: "text" });
  switch (sort) {
    case "relevance":
      // Ranked on the small headline/outlet/author vector (the body's is large and out of line);
      // body-only matches follow, newest first.
      if (search)
        return [
          { sql: Prisma.sql`CAST(ts_rank(a.title_vector, ${search}) AS float8)`, direction: "DESC", cast: "float8" },
          { sql: Prisma.sql`a."importedAt"`, direction: "DESC", cast: "timestamp" },
          id("DESC"),
        ];
      return articleSortKeys("imported", null);
    case "imported":
      return [{ sql: Prisma.sql`a."importedAt"`, direction: "DESC", cast: "timestamp" }, id("DESC")];
    case "published":
      return [{ sql: Prisma.sql`(COALESCE(a."publishedAt", '-infinity'::timestamp))`, direction: "DESC", cast: "timestamp" }, id("DESC")];
    case "title":
      return [{ sql: Prisma.sql`lower(a.title)`, direction: "ASC", cast: "text" }, id("ASC")];
  }
}

export interface ArticleListItem {
  id: string;
  title: string;
  author: string | null;
  outlet: string | null;
  publishedAt: Date | null;
  importedAt: Date;
  claimCount: number;
}

export interface ArticleListPage {
  items: ArticleListItem[];
  total: BoundedCount;
  sort: ArticleSort;
  nextCursor: string | null;
  continued: boolean;
  searchProblem: string | null;
}

/** The SQL of one articles view: the page (from a position) and the bounded count. */
export function articleListQueries(filter: ArticleFilter, pageSize = ARTICLES_PAGE_SIZE) {
  const checked = filter.q ? checkSearchText(filter.q) : null;
  const search = checked?.ok ? searchTsquery(checked.text) : null;
  const sort: ArticleSort = filter.sort === "relevance" && !search ? "imported" : (filter.sort ?? (search ? "relevance" : "imported"));
  const keys = articleSortKeys(sort, search);
  const criteria = checked ? (search ? Prisma.sql`a.search_vector @@ ${search}` : Prisma.sql`FALSE`) : Prisma.sql`TRUE`;
  const after = decodeCursor(filter.cursor, sort, keys.map((k) => k.cast));
  // As for claims: best match ranks the newest 10,001 matches, the same set on every page.
  const ranked = sort === "relevance" && search !== null;
  const source = ranked
    ? Prisma.sql`(SELECT a.* FROM (
        SELECT a.id FROM articles a WHERE ${criteria} ORDER BY a."importedAt" DESC, a.id DESC LIMIT ${COUNT_LIMIT + 1}
      ) candidate JOIN articles a ON a.id = candidate.id) a`
    : Prisma.sql`articles a`;
  const base = ranked ? Prisma.sql`TRUE` : criteria;
  const page = (position: string[] | null) => Prisma.sql`
    SELECT a.id, a.title, a.author, a.outlet, a."publishedAt", a."importedAt", ${keyColumns(keys)},
           (SELECT count(*) FROM claims c WHERE c."articleId" = a.id) AS "claimCount"
    FROM ${source}
    WHERE ${position ? Prisma.sql`${base} AND ${afterCursor(keys, position)}` : base}
    ORDER BY ${orderBy(keys)}
    LIMIT ${pageSize + 1}`;
  const count = Prisma.sql`SELECT count(*) AS n FROM (SELECT 1 FROM articles a WHERE ${criteria} LIMIT ${COUNT_LIMIT + 1}) s`;
  // A search reads the GIN index, never a scan that unpacks every article's body vector (see queryWithoutSeqScan).
  return { checked, sort, keys, after, page, count, noSeqScan: search !== null };
}

export async function listArticles(db: Db, filter: ArticleFilter = {}, options: { pageSize?: number } = {}): Promise<ArticleListPage> {
  const pageSize = options.pageSize ?? ARTICLES_PAGE_SIZE;
  const { checked, sort, keys, after, page: pageSql, count: countSql, noSeqScan } = articleListQueries(filter, pageSize);
  const read = <T,>(sql: Prisma.Sql) => (noSeqScan ? queryWithoutSeqScan<T>(db, sql) : db.$queryRaw<T>(sql));
  const page = (position: string[] | null) => read<(Omit<ArticleListItem, "claimCount"> & { claimCount: bigint })[]>(pageSql(position));
  const count = read<{ n: bigint }[]>(countSql);

  const firstOrAfter = async () => {
    try {
      return { rows: await page(after), continued: after !== null };
    } catch (error) {
      if (!after || !/22007|22008|22P02|invalid input syntax|out of range/.test(String((error as Error)?.message))) throw error;
      return { rows: await page(null), continued: false };
    }
  };
  const [{ rows, continued }, countRows] = await Promise.all([firstOrAfter(), count]);
  const shown = rows.slice(0, pageSize);
  const last = shown.at(-1);
  return {
    items: shown.map((r) => ({
      id: r.id,
      title: r.title,
      author: r.author,
      outlet: r.outlet,
      publishedAt: r.publishedAt,
      importedAt: r.importedAt,
      claimCount: Number(r.claimCount),
    })),
    total: boundedCount(countRows),
    sort,
    nextCursor: rows.length > pageSize && last ? encodeCursor(sort, keyValues(last, keys)) : null,
    continued,
    searchProblem: checked && !checked.ok ? checked.message : null,
  };
}

export async function getArticle(db: Db, id: string) {
  return db.article.findUnique({
    where: { id },
    include: {
      importedBy: { select: { name: true } },
      claims: {
        // Orphaned (words gone after a correction) and archived claims are listed apart.
        where: { orphanedAt: null, archivedAt: null },
        // Reading order, with ties (claims over the same words) in a fixed order so the list never reshuffles.
        orderBy: [{ start: "asc" }, { end: "asc" }, { id: "asc" }],
        select: { id: true, text: true, quote: true, start: true, end: true, type: true, status: true, verdict: true, checkworthiness: true },
      },
    },
  });
}
