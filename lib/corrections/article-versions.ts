// An article's texts over time (kept versions plus the current one) and a readable diff of two.
import { diffCleanupSemantic, diffMain } from "diff-match-patch-es";
import type { Db } from "@/lib/db";

export async function listArticleVersions(db: Db, articleId: string) {
  const article = await db.article.findUnique({ where: { id: articleId }, select: { id: true, title: true, body: true, version: true, updatedAt: true } });
  if (!article) return null;
  const kept = await db.articleVersion.findMany({
    where: { articleId },
    orderBy: { version: "asc" },
    select: { version: true, body: true, replacedAt: true, reason: true, replacedBy: { select: { name: true } } },
  });
  return { article, versions: [...kept.map((v) => ({ ...v, current: false })), { version: article.version, body: article.body, replacedAt: null, reason: null, replacedBy: null, current: true }] };
}

export type DiffPart = { kind: "same" | "removed" | "added"; text: string };

/** A word-friendly diff: diff-match-patch, cleaned up for people (semantic cleanup). */
export function readableDiff(before: string, after: string): DiffPart[] {
  const diffs = diffMain(before, after, { diffTimeout: 2 });
  diffCleanupSemantic(diffs);
  return diffs.map(([op, text]) => ({ kind: op === 0 ? "same" : op < 0 ? "removed" : "added", text }));
}
