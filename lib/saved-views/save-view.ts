// An editor saves the claims list's current filter under a name (the same name replaces it).
import type { Db } from "@/lib/db";
import { recordAudit } from "@/lib/audit/record-audit";
import { InvalidInputError } from "@/lib/errors";
import { claimFilterSchema } from "@/lib/validation/claim-filter";
import { claimFilterQuery } from "@/lib/claims/claim-filter-params";
import type { z } from "zod";
import type { saveViewSchema } from "@/lib/validation/saved-view";

export const SAVED_VIEWS_PER_USER = 20;

export async function saveView(db: Db, input: z.output<typeof saveViewSchema>, userId: string) {
  // Only what the filter schema accepts is kept, without the page position.
  const filter = claimFilterSchema.parse(Object.fromEntries(new URLSearchParams(input.query)));
  const query = claimFilterQuery(filter);
  return db.$transaction(async (tx) => {
    const existing = await tx.savedView.findUnique({ where: { userId_name: { userId, name: input.name } } });
    if (!existing && (await tx.savedView.count({ where: { userId } })) >= SAVED_VIEWS_PER_USER) {
      throw new InvalidInputError(`You can keep ${SAVED_VIEWS_PER_USER} views; delete one first.`);
    }
    const view = await tx.savedView.upsert({
      where: { userId_name: { userId, name: input.name } },
      create: { userId, name: input.name, query },
      update: { query },
    });
    await recordAudit(tx, {
      actorId: userId,
      action: existing ? "saved_view.update" : "saved_view.create",
      entityType: "saved_view",
      entityId: view.id,
      before: existing ? { name: existing.name, query: existing.query } : undefined,
      after: { name: view.name, query: view.query },
    });
    return view;
  });
}
