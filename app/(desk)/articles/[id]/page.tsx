import type { Metadata } from "next";
import { cache } from "react";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getDb } from "@/lib/db";
import { requirePageUser } from "@/lib/auth/session";
import { getArticle } from "@/lib/articles/list-articles";
import { formatDate, formatDateTime } from "@/lib/format";
import { ArticleAnnotations } from "@/components/annotate/article-annotations";
import { ArticleExtras } from "@/components/annotate/article-extras";
import { StatusBadge, TypeBadge, VerdictBadge } from "@/components/badges";

// The tab title and the page share one query per request.
const loadArticle = cache((id: string) => getArticle(getDb(), id));

export async function generateMetadata({ params }: { params: Promise<{ id: string }> }): Promise<Metadata> {
  const article = await loadArticle((await params).id);
  return { title: article?.title ?? "Article not found" };
}

export default async function ArticlePage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<{ reattach?: string | string[] }> }) {
  const { id } = await params;
  const user = await requirePageUser(`/articles/${id}`);
  const article = await loadArticle(id);
  if (!article) notFound();

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
