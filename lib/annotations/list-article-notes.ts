// An article's annotation threads (anchored first notes with their replies), in text order.
import type { Db } from "@/lib/db";

const threadSelect = {
  id: true,
  start: true,
  end: true,
  quote: true,
  prefix: true,
  suffix: true,
  body: true,
  authorId: true,
  author: { select: { name: true } },
  createdAt: true,
  updatedAt: true,
  resolvedAt: true,
  orphanedAt: true,
  replies: {
    orderBy: { createdAt: "asc" },
    select: { id: true, body: true, authorId: true, author: { select: { name: true } }, createdAt: true, updatedAt: true },
  },
} as const;

export async function listArticleNotes(db: Db, articleId: string) {
  return db.note.findMany({
    where: { articleId, parentId: null, archivedAt: null },
    orderBy: [{ start: "asc" }, { createdAt: "asc" }],
    select: threadSelect,
  });
}

/** Threads whose passage overlaps a span of the article (a claim's), anchored ones only. */
export async function listNotesOverlapping(db: Db, span: { articleId: string; start: number; end: number }) {
  return db.note.findMany({
    where: { articleId: span.articleId, parentId: null, archivedAt: null, orphanedAt: null, start: { lt: span.end }, end: { gt: span.start } },
    orderBy: [{ start: "asc" }, { createdAt: "asc" }],
    select: threadSelect,
  });
}

export type NoteThread = Awaited<ReturnType<typeof listArticleNotes>>[number];
