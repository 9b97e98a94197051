// Server side of the article page's text: loads the note threads (and an orphan being re-attached)
// and hands them to the interactive workspace.
import { getDb } from "@/lib/db";
import type { SessionUser } from "@/lib/auth/session";
import { listArticleNotes } from "@/lib/annotations/list-article-notes";
import { ArticleWorkspace, type Reattaching } from "./article-workspace";
import { toThreadView } from "./thread-view";

export async function ArticleAnnotations(props: {
  article: { id: string; body: string; claims: Array<{ id: string; text: string; start: number; end: number }> };
  viewer: Pick<SessionUser, "id" | "role">;
  /** "claim:<id>" or "note:<id>" from the Orphans page. */
  reattach?: string | string[];
}) {
  const db = getDb();
  const threads = (await listArticleNotes(db, props.article.id)).filter((t) => t.orphanedAt === null && t.start !== null).map(toThreadView);
  const reattach = props.viewer.role === "VIEWER" ? null : await orphanToReattach(props.article.id, props.reattach);
  return (
    <ArticleWorkspace
      articleId={props.article.id}
      body={props.article.body}
      claims={props.article.claims.map(({ id, text, start, end }) => ({ id, text, start, end }))}
      threads={threads}
      viewer={{ id: props.viewer.id, role: props.viewer.role }}
      reattach={reattach}
    />
  );
}

async function orphanToReattach(articleId: string, param: string | string[] | undefined): Promise<Reattaching | null> {
  const [kind, id] = (typeof param === "string" ? param : "").split(":");
  if (!id || (kind !== "claim" && kind !== "note")) return null;
  const where = { id, articleId, orphanedAt: { not: null }, archivedAt: null };
  if (kind === "claim") {
    const claim = await getDb().claim.findFirst({ where, select: { id: true, quote: true, text: true } });
    return claim ? { kind, id: claim.id, quote: claim.quote, label: `Claim “${claim.text}”` } : null;
  }
  const note = await getDb().note.findFirst({ where, select: { id: true, quote: true, body: true } });
  return note ? { kind, id: note.id, quote: note.quote ?? "", label: `Note “${note.body.slice(0, 80)}”` } : null;
}
