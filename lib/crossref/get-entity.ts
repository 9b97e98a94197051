// An entity page: its names and every claim about it across articles, as a timeline by
// publication date (claim_entities keeps the date, so a page is one index range).
import type { Db } from "@/lib/db";
import type { ClaimStatus, Verdict } from "@/lib/generated/prisma/enums";

export const TIMELINE_PAGE_SIZE = 100;

export interface TimelineRow {
  claimId: string;
  text: string;
  status: ClaimStatus;
  verdict: Verdict | null;
  isSpeaker: boolean;
  articleId: string;
  articleTitle: string;
  outlet: string | null;
  publishedAt: Date | null;
}

export async function getEntity(db: Db, options: { id: string; page: number }) {
  const entity = await db.entity.findUnique({
    where: { id: options.id },
    include: { aliases: { select: { alias: true }, orderBy: { alias: "asc" } } },
  });
  if (!entity) return null;
  const pageCount = Math.max(1, Math.ceil(entity.claimCount / TIMELINE_PAGE_SIZE));
  const page = Math.min(options.page, pageCount);
  const timeline = await db.$queryRaw<TimelineRow[]>`
    SELECT c.id AS "claimId", c.text, c.status, c.verdict, ce."isSpeaker", a.id AS "articleId", a.title AS "articleTitle",
           a.outlet, a."publishedAt"
    FROM claim_entities ce
    JOIN claims c ON c.id = ce."claimId"
    JOIN articles a ON a.id = c."articleId"
    WHERE ce."entityId" = ${entity.id}
    ORDER BY ce."publishedAt", ce."claimId"
    LIMIT ${TIMELINE_PAGE_SIZE} OFFSET ${(page - 1) * TIMELINE_PAGE_SIZE}`;
  return { entity, timeline, page, pageCount };
}
