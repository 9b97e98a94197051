// Note threads from the database as the client components show them (dates formatted on the server).
import type { NoteThread } from "@/lib/annotations/list-article-notes";
import { formatWhen } from "@/lib/history/describe-change";
import type { ThreadView } from "./note-thread";

export function toThreadView(t: NoteThread): ThreadView & { start: number; end: number } {
  return {
    id: t.id,
    start: t.start ?? 0,
    end: t.end ?? 0,
    quote: t.quote,
    body: t.body,
    authorId: t.authorId,
    authorName: t.author.name,
    when: formatWhen(t.createdAt),
    edited: t.updatedAt.getTime() - t.createdAt.getTime() > 1000,
    resolved: t.resolvedAt !== null,
    replies: t.replies.map((r) => ({
      id: r.id,
      body: r.body,
      authorId: r.authorId,
      authorName: r.author.name,
      when: formatWhen(r.createdAt),
      edited: r.updatedAt.getTime() - r.createdAt.getTime() > 1000,
    })),
  };
}
