import type { Metadata } from "next";
import { cache } from "react";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getDb } from "@/lib/db";
import { getSessionUser, requirePageUser } from "@/lib/auth/session";
import { isPlausibleId } from "@/lib/validation/safe-text";
import { getArticle } from "@/lib/articles/list-articles";
import { formatDate, formatDateTime } from "@/lib/format";
import { ArticleAnnotations } from "@/components/annotate/article-annotations";
import { ArticleExtras } from "@/components/annotate/article-extras";
import { StatusBadge, TypeBadge, VerdictBadge } from "@/components/badges";
import { getArticleCrossref } from "@/lib/crossref/get-article-crossref";
import { ArticleConflicts, LinkMarker } from "@/components/crossref/article-conflicts";

// The tab title and the page share one query per request. An id no article could have (NUL, too
// long) is not looked up at all.
const loadArticle = cache((id: string) => (isPlausibleId(id) ? getArticle(getDb(), id) : null));

export async function generateMetadata({ params }: { params: Promise<{ id: string }> }): Promise<Metadata> {
  // Session first: the title must not show a headline, or whether it exists, to the signed-out.
  if (!(await getSessionUser())) return { title: "Sign in" };
  const article = await loadArticle((await params).id);
  return { title: article?.title ?? "Article not found" };
}

export default async function ArticlePage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<{ reattach?: string | string[] }> }) {
  const { id } = await params;
  const user = await requirePageUser(`/articles/${id}`);
  const article = await loadArticle(id);
  if (!article) notFound();
  const crossref = await getArticleCrossref(getDb(), article.id);

  return (
    <>
      <div className="page-head">
        <div>
          <h1>{article.title}</h1>
          <p className="muted">
            {[article.author, article.outlet, article.publishedAt ? formatDate(article.publishedAt) : null].filter(Boolean).join(" · ") ||
              "No byline or date"}
            {article.sourceUrl ? (
              <>
                {" · "}
                <a href={article.sourceUrl} rel="noreferrer noopener" target="_blank">
                  Source
                </a>
              </>
            ) : null}
          </p>
          <p className="muted small">
            Imported by {article.importedBy.name} on {formatDateTime(article.importedAt)}
          </p>
        </div>
      </div>
      <ArticleConflicts conflicts={crossref.conflicts} canEdit={user.role !== "VIEWER"} />
      <div className="article-layout">
        <section aria-label="Article text">
          <ArticleAnnotations article={article} viewer={user} reattach={(await searchParams).reattach} />
        </section>
        <aside aria-labelledby="claims-heading" className="claims-panel">
          <h2 id="claims-heading">
            {article.claims.length} {article.claims.length === 1 ? "claim" : "claims"}
          </h2>
          {article.claims.length === 0 ? <p className="empty">No checkable claims were found in this text.</p> : null}
          <ol className="claim-list" data-testid="claim-list">
            {article.claims.map((c) => (
              <li key={c.id}>
                <Link href={`/claims/${c.id}`} className="claim-link">
                  {c.text}
                </Link>
                <div className="badges">
                  <TypeBadge type={c.type} />
                  <StatusBadge status={c.status} />
                  <VerdictBadge verdict={c.verdict} />
                  <LinkMarker count={crossref.linkCounts.get(c.id)} />
                </div>
              </li>
            ))}
          </ol>
        </aside>
      </div>
      <ArticleExtras articleId={article.id} canWrite={user.role !== "VIEWER"} />
    </>
  );
}
