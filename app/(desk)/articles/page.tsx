import type { Metadata } from "next";
import Link from "next/link";
import { getDb } from "@/lib/db";
import { requirePageUser } from "@/lib/auth/session";
import { ARTICLE_SORT_LABELS, listArticles } from "@/lib/articles/list-articles";
import { articleFilterSchema, type ArticleFilter } from "@/lib/validation/article-filter";
import { firstValues, toQueryString } from "@/lib/validation/search-params";
import { formatBoundedCount } from "@/lib/lists/keyset";
import { formatDate } from "@/lib/format";
import { SelectOptions } from "@/components/forms/select-options";
import { KeysetPagination } from "@/components/lists/keyset-pagination";
import "@/components/lists/list-lists.css";

export const metadata: Metadata = { title: "Articles" };

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

const href = (filter: ArticleFilter) => `/articles${toQueryString(filter)}`;

export default async function ArticlesPage({ searchParams }: { searchParams: SearchParams }) {
  const filter = articleFilterSchema.parse(firstValues(await searchParams));
  const user = await requirePageUser(href(filter));
  const result = await listArticles(getDb(), filter);
  const isFirstVisit = !filter.q && !filter.cursor && result.items.length === 0;
  return (
    <>
      <div className="page-head">
        <h1>Articles</h1>
        {user.role !== "VIEWER" ? (
          <Link className="button-primary" href="/articles/new">
            Import an article
          </Link>
        ) : null}
      </div>
      <form className="filters" method="get" action="/articles" role="search" aria-label="Find articles">
        <label>
          Search articles
          <input type="search" name="q" defaultValue={filter.q ?? ""} maxLength={20_000} placeholder="Headline, outlet, author or text" />
        </label>
        {/* Not wrapped in its label: a wrapping label's name would include every option's words. */}
        <span className="filter-field">
          <label htmlFor="articles-order">Order</label>
          <select id="articles-order" name="sort" defaultValue={filter.sort ?? ""}>
            <SelectOptions labels={ARTICLE_SORT_LABELS} empty="Best match with a search, else newest imports" />
          </select>
        </span>
        <button type="submit" className="button-primary">
          Search
        </button>
        <Link href="/articles">Clear</Link>
      </form>
      {result.searchProblem ? (
        <p className="list-notice" role="status" data-testid="search-problem">
          {result.searchProblem}
        </p>
      ) : null}
      {isFirstVisit ? (
        <p className="empty">No articles yet. Import one to extract its claims.</p>
      ) : (
        <>
          <p className="muted" data-testid="articles-total">
            {formatBoundedCount(result.total, "article", "articles")}
          </p>
          {result.items.length === 0 ? (
            <p className="empty">No articles match this search.</p>
          ) : (
            <table className="table">
              <thead>
                <tr>
                  <th scope="col">Headline</th>
                  <th scope="col">Outlet</th>
                  <th scope="col">Published</th>
                  <th scope="col" className="num">
                    Claims
                  </th>
                  <th scope="col">Imported</th>
                </tr>
              </thead>
              <tbody>
                {result.items.map((a) => (
                  <tr key={a.id}>
                    <td data-label="Headline">
                      <Link href={`/articles/${a.id}`}>{a.title}</Link>
                      {a.author ? <div className="muted small">{a.author}</div> : null}
                    </td>
                    <td data-label="Outlet">{a.outlet ?? "—"}</td>
                    <td data-label="Published">{formatDate(a.publishedAt)}</td>
                    <td className="num" data-label="Claims">
                      <Link href={`/claims?articleId=${a.id}`} aria-label={`${a.claimCount} claims in ${a.title}`}>
                        {a.claimCount}
                      </Link>
                    </td>
                    <td data-label="Imported">{formatDate(a.importedAt)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </>
      )}
      <KeysetPagination
        firstHref={result.continued ? href({ ...filter, cursor: undefined }) : null}
        nextHref={result.nextCursor ? href({ ...filter, sort: result.sort, cursor: result.nextCursor }) : null}
      />
    </>
  );
}
