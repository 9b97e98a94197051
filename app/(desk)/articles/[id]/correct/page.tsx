import type { Metadata } from "next";
import Link from "next/link";
import { notFound, redirect } from "next/navigation";
import { getDb } from "@/lib/db";
import { requirePageUser } from "@/lib/auth/session";
import { CorrectArticleForm } from "@/components/annotate/correct-article-form";

export const metadata: Metadata = { title: "Correct an article" };

export default async function CorrectArticlePage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const user = await requirePageUser(`/articles/${id}/correct`);
  if (user.role === "VIEWER") redirect(`/articles/${id}`);
  const article = await getDb().article.findUnique({ where: { id }, select: { id: true, title: true, body: true, version: true } });
  if (!article) notFound();
  return (
    <div className="stack" style={{ maxWidth: 860 }}>
      <p className="muted small">
        <Link href={`/articles/${article.id}`}>{article.title}</Link>
      </p>
      <h1>Correct the text</h1>
      <p className="muted">
        Version {article.version}. The current text is kept as a version you can compare with the new one.
      </p>
      <CorrectArticleForm defaults={{ articleId: article.id, version: article.version, body: article.body, reason: "" }} />
    </div>
  );
}
