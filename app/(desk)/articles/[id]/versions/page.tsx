import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getDb } from "@/lib/db";
import { requirePageUser } from "@/lib/auth/session";
import { listArticleVersions, readableDiff } from "@/lib/corrections/article-versions";
import { formatWhen } from "@/lib/history/describe-change";
import "@/components/annotate/annotate.css";

export const metadata: Metadata = { title: "Article versions" };

export default async function ArticleVersionsPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<{ from?: string; show?: string }> }) {
  const { id } = await params;
  await requirePageUser(`/articles/${id}/versions`);
  const data = await listArticleVersions(getDb(), id);
  if (!data) notFound();
  const { article, versions } = data;
  const query = await searchParams;
  const from = versions.find((v) => String(v.version) === query.from) ?? versions.at(-2) ?? null;
  const to = from ? versions.find((v) => v.version > from.version) : null;
  const shown = versions.find((v) => String(v.version) === query.show);

  return (
    <div className="stack">
      <p className="muted small">
        <Link href={`/articles/${article.id}`}>{article.title}</Link>
      </p>
      <h1>Versions of the text</h1>
      <ol className="history-list" data-testid="version-list">
        {versions.map((v) => (
          <li key={v.version}>
            Version {v.version} {v.current ? "(current)" : `— replaced by ${v.replacedBy?.name ?? "?"}, ${v.replacedAt ? formatWhen(v.replacedAt) : ""}`}
            {v.reason ? ` — “${v.reason}”` : ""} · <Link href={`?show=${v.version}`}>Read</Link>
            {!v.current ? (
              <>
                {" "}
                · <Link href={`?from=${v.version}`}>Compare with the next version</Link>
              </>
            ) : null}
          </li>
        ))}
      </ol>
      {shown ? (
        <section aria-labelledby="shown-heading">
          <h2 id="shown-heading">Version {shown.version}</h2>
          <div className="diff" data-testid="version-text">
            {shown.body}
          </div>
        </section>
      ) : from && to ? (
        <section aria-labelledby="diff-heading">
          <h2 id="diff-heading">
            Changes from version {from.version} to version {to.version}
          </h2>
          <p className="muted small">
            <del>Removed text</del> and <ins>added text</ins> are marked.
          </p>
          <div className="diff" data-testid="version-diff">
            {readableDiff(from.body, to.body).map((part, i) =>
              part.kind === "same" ? <span key={i}>{part.text}</span> : part.kind === "removed" ? <del key={i}>{part.text}</del> : <ins key={i}>{part.text}</ins>,
            )}
          </div>
        </section>
      ) : (
        <p className="empty">This article has not been corrected: there is only one version.</p>
      )}
    </div>
  );
}
