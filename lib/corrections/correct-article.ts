// An editor corrects an article's text (the outlet updated its story). In one transaction:
// the old text is kept as a version, the body replaced (only if nobody corrected it meanwhile),
// every claim and note re-anchored or orphaned, newly found claims added unreviewed, all audited.
import type { Db, Tx } from "@/lib/db";
import { recordAudit } from "@/lib/audit/record-audit";
import { claimCreateData } from "@/lib/claims/from-extracted";
import { contentHash, normalizeBody } from "@/lib/articles/content-hash";
import { ConflictError, InvalidInputError, NotFoundError } from "@/lib/errors";
import type { CorrectArticleInput } from "@/lib/validation/correction";
import { matchingExtraction, newClaimsOnly, planReanchoring } from "./plan-reanchoring";
import { reextractClaims } from "./reextract";

export const STALE_ARTICLE_MESSAGE =
  "Someone else corrected this article since you opened it. Nothing was saved: reload the page to see their text, then make your correction again.";
export const EMPTY_CORRECTION_MESSAGE = "A correction cannot empty the article. Nothing was saved.";

const CORRECTION_TRANSACTION = { maxWait: 10_000, timeout: 30_000 };

export interface CorrectionSummary {
  version: number;
  moved: number;
  kept: number;
  orphaned: number;
  added: number;
}

export async function correctArticle(db: Db, input: CorrectArticleInput, actorId: string): Promise<CorrectionSummary> {
  const newBody = normalizeBody(input.body);
  if (newBody === "") throw new InvalidInputError(EMPTY_CORRECTION_MESSAGE, { body: "Enter the corrected text" });

  const article = await db.article.findUnique({
    where: { id: input.articleId },
    select: {
      id: true,
      title: true,
      body: true,
      version: true,
      claims: { where: { archivedAt: null, orphanedAt: null } },
      notes: { where: { parentId: null, archivedAt: null, orphanedAt: null } },
    },
  });
  if (!article) throw new NotFoundError("This article");
  if (article.version !== input.version) throw new ConflictError(STALE_ARTICLE_MESSAGE);
  if (newBody === article.body) throw new InvalidInputError("The text is unchanged: there is nothing to correct.", { body: "Change the text, or cancel" });
  const hash = contentHash(newBody);
  const twin = await db.article.findUnique({ where: { contentHash: hash }, select: { id: true, title: true } });
  if (twin && twin.id !== article.id) throw new InvalidInputError(`Another article already has exactly this text ("${twin.title}").`, { body: "This text belongs to another article" });

  // The expensive, pure part happens before the transaction opens.
  const claimPlan = planReanchoring(article.body, newBody, article.claims);
  const notes = article.notes.filter((n): n is typeof n & { start: number; end: number } => n.start !== null && n.end !== null);
  const notePlan = planReanchoring(article.body, newBody, notes);
  const extracted = await reextractClaims(newBody);
  const added = newClaimsOnly(extracted, claimPlan.moves.map((m) => m.to));

  try {
    return await db.$transaction(async (tx) => {
      const updated = await tx.article.updateMany({
        where: { id: article.id, version: input.version },
        data: { body: newBody, contentHash: hash, version: { increment: 1 } },
      });
      if (updated.count === 0) throw new ConflictError(STALE_ARTICLE_MESSAGE);
      await tx.articleVersion.create({
        data: { articleId: article.id, version: article.version, title: article.title, body: article.body, replacedById: actorId, reason: input.reason },
      });
      const now = new Date();
      const audit = (entry: Omit<Parameters<typeof recordAudit>[1], "actorId" | "articleId">) =>
        recordAudit(tx, { actorId, articleId: article.id, ...entry });

      let moved = 0;
      for (const { item: claim, to, anchor } of claimPlan.moves) {
        if (to.start === claim.start && to.end === claim.end && anchor.exact === claim.quote) continue;
        moved++;
        const refresh = untouchedByEditors(claim) && anchor.exact !== claim.quote ? matchingExtraction(to, extracted) : undefined;
        const data = refresh ? { ...claimCreateData(refresh), start: to.start, end: to.end, quote: anchor.exact } : { start: to.start, end: to.end, quote: anchor.exact };
        await tx.claim.update({ where: { id: claim.id }, data: { ...data, version: { increment: 1 } } });
        await audit({
          action: "claim.reanchor",
          entityType: "claim",
          entityId: claim.id,
          claimId: claim.id,
          before: { quote: claim.quote, start: claim.start, end: claim.end, text: claim.text },
          after: { quote: anchor.exact, start: to.start, end: to.end, text: refresh?.text ?? claim.text, method: to.method, articleVersion: article.version + 1 },
        });
      }
      for (const claim of claimPlan.orphans) {
        await tx.claim.update({ where: { id: claim.id }, data: { orphanedAt: now, version: { increment: 1 } } });
        await audit({
          action: "claim.orphan",
          entityType: "claim",
          entityId: claim.id,
          claimId: claim.id,
          before: { quote: claim.quote, start: claim.start, end: claim.end },
          after: { orphaned: true, articleVersion: article.version + 1 },
        });
      }
      await reanchorNotes(tx, notePlan, now, audit);
      if (added.length > 0) {
        await tx.claim.createMany({ data: added.map((c) => ({ ...claimCreateData(c), articleId: article.id })) });
      }

      const summary = { version: article.version + 1, moved, kept: claimPlan.moves.length, orphaned: claimPlan.orphans.length, added: added.length };
      await audit({
        action: "article.correct",
        entityType: "article",
        entityId: article.id,
        before: { version: article.version, length: article.body.length },
        after: { ...summary, length: newBody.length, reason: input.reason, notesOrphaned: notePlan.orphans.length },
      });
      return summary;
    }, CORRECTION_TRANSACTION);
  } catch (error) {
    if ((error as { code?: string }).code === "P2002") throw new ConflictError(STALE_ARTICLE_MESSAGE);
    throw error;
  }
}

/** An extractor-made claim nobody has reviewed or reworded: a re-extraction may refresh its wording. */
function untouchedByEditors(claim: { origin: string; status: string; reviewerId: string | null; text: string; details: unknown }): boolean {
  const original = (claim.details as { text?: unknown } | null)?.text;
  return claim.origin === "EXTRACTOR" && claim.status === "UNREVIEWED" && claim.reviewerId === null && original === claim.text;
}

async function reanchorNotes(
  tx: Tx,
  plan: ReturnType<typeof planReanchoring<{ id: string; start: number; end: number; quote: string | null; prefix: string | null; suffix: string | null }>>,
  now: Date,
  audit: (entry: Omit<Parameters<typeof recordAudit>[1], "actorId" | "articleId">) => Promise<void>,
) {
  for (const { item: note, to, anchor } of plan.moves) {
    if (to.start === note.start && to.end === note.end && anchor.exact === note.quote) {
      // Same place, but the context around it may have changed: keep the selectors true to the text.
      if (anchor.prefix !== note.prefix || anchor.suffix !== note.suffix) {
        await tx.note.update({ where: { id: note.id }, data: { prefix: anchor.prefix, suffix: anchor.suffix } });
      }
      continue;
    }
    await tx.note.update({ where: { id: note.id }, data: { start: to.start, end: to.end, quote: anchor.exact, prefix: anchor.prefix, suffix: anchor.suffix } });
    await audit({
      action: "note.reanchor",
      entityType: "note",
      entityId: note.id,
      before: { quote: note.quote, start: note.start, end: note.end },
      after: { quote: anchor.exact, start: to.start, end: to.end, method: to.method },
    });
  }
  for (const note of plan.orphans) {
    await tx.note.update({ where: { id: note.id }, data: { orphanedAt: now } });
    await audit({ action: "note.orphan", entityType: "note", entityId: note.id, before: { quote: note.quote, start: note.start, end: note.end }, after: { orphaned: true } });
  }
}
