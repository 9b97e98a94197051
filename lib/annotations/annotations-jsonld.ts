// An article's annotations as a W3C Web Annotation collection (JSON-LD): each thread's first note
// targets its passage with a TextQuoteSelector and a TextPositionSelector; replies target the note.
import type { Db } from "@/lib/db";
import { toW3CTarget } from "@/lib/anchoring/selectors";
import { NotFoundError } from "@/lib/errors";

export async function annotationsJsonLd(db: Db, articleId: string, origin: string) {
  const article = await db.article.findUnique({ where: { id: articleId }, select: { id: true, title: true, sourceUrl: true } });
  if (!article) throw new NotFoundError("This article");
  const notes = await db.note.findMany({
    where: { articleId, archivedAt: null },
    orderBy: [{ createdAt: "asc" }],
    include: { author: { select: { name: true } } },
  });
  const source = article.sourceUrl ?? `${origin}/articles/${article.id}`;
  const noteId = (id: string) => `${origin}/articles/${article.id}#note-${id}`;
  const items = notes.map((n) => ({
    id: noteId(n.id),
    type: "Annotation",
    motivation: n.parentId ? "replying" : "commenting",
    created: n.createdAt.toISOString(),
    modified: n.updatedAt.toISOString(),
    creator: { type: "Person", name: n.author.name },
    body: { type: "TextualBody", value: n.body, format: "text/plain" },
    target:
      n.parentId !== null
        ? noteId(n.parentId)
        : toW3CTarget(source, { start: n.start ?? 0, end: n.end ?? 0, exact: n.quote ?? "", prefix: n.prefix ?? "", suffix: n.suffix ?? "" }),
    ...(n.resolvedAt ? { "claimdesk:resolvedAt": n.resolvedAt.toISOString() } : {}),
    ...(n.orphanedAt ? { "claimdesk:orphanedAt": n.orphanedAt.toISOString() } : {}),
  }));
  return {
    "@context": ["http://www.w3.org/ns/anno.jsonld", { claimdesk: `${origin}/ns#` }],
    id: `${origin}/api/annotations?article=${article.id}`,
    type: "AnnotationCollection",
    label: `Annotations on “${article.title}”`,
    total: items.length,
    first: { type: "AnnotationPage", startIndex: 0, items },
  };
}
