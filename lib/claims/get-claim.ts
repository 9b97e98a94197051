import type { Db } from "@/lib/db";

/** How much of the article to show either side of the quote. */
const CONTEXT_CHARS = 400;

export async function getClaim(db: Db, id: string) {
  const claim = await db.claim.findUnique({
    where: { id },
    include: {
      article: { select: { id: true, title: true, outlet: true, publishedAt: true, sourceUrl: true, body: true } },
      evidence: { orderBy: { createdAt: "desc" }, include: { addedBy: { select: { name: true } } } },
      reviewer: { select: { name: true } },
    },
  });
  if (!claim) return null;
  const { body, ...article } = claim.article;
  // An orphan's offsets point into an earlier text: show only its own words.
  if (claim.orphanedAt) return { ...claim, article, context: { before: "", quote: claim.quote, after: "" } };
  const from = Math.max(0, claim.start - CONTEXT_CHARS);
  const to = Math.min(body.length, claim.end + CONTEXT_CHARS);
  return {
    ...claim,
    article,
    context: {
      before: (from > 0 ? "…" : "") + body.slice(from, claim.start),
      quote: body.slice(claim.start, claim.end),
      after: body.slice(claim.end, to) + (to < body.length ? "…" : ""),
    },
  };
}

export type ClaimDetail = NonNullable<Awaited<ReturnType<typeof getClaim>>>;
