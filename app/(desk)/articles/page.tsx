import type { Metadata } from "next";
import Link from "next/link";
import { getDb } from "@/lib/db";
import { requirePageUser } from "@/lib/auth/session";
import { listArticles } from "@/lib/articles/list-articles";
import { formatDate } from "@/lib/format";

export const metadata: Metadata = { title: "Articles" };

export default async function ArticlesPage() {
  const user = await requirePageUser("/articles");
  const articles = await listArticles(getDb());
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
      {articles.length === 0 ? (
        <p className="empty">No articles yet. Import one to extract its claims.</p>
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
            {articles.map((a) => (
              <tr key={a.id}>
                <td data-label="Headline">
                  <Link href={`/articles/${a.id}`}>{a.title}</Link>
                  {a.author ? <div className="muted small">{a.author}</div> : null}
                </td>
                <td data-label="Outlet">{a.outlet ?? "—"}</td>
                <td data-label="Published">{formatDate(a.publishedAt)}</td>
                <td className="num" data-label="Claims">
                  <Link href={`/claims?articleId=${a.id}`} aria-label={`${a._count.claims} claims in ${a.title}`}>
                    {a._count.claims}
                  </Link>
                </td>
                <td data-label="Imported">{formatDate(a.importedAt)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}
