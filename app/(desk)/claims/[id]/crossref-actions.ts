"use server";

import { defineAction } from "@/lib/actions/define-action";
import { getDb } from "@/lib/db";
import { createLink } from "@/lib/crossref/create-link";
import { deleteLink } from "@/lib/crossref/delete-link";
import { decideSuggestion } from "@/lib/crossref/decide-suggestion";
import { createLinkSchema, deleteLinkSchema, suggestionDecisionSchema } from "@/lib/validation/claim-link";

export const createLinkAction = defineAction({
  name: "claims.link",
  role: "EDITOR",
  schema: createLinkSchema,
  run: (input, user) =>
    createLink(getDb(), { claimId: input.claimId, targetClaimId: input.targetClaimId, relation: input.relation, note: input.note, actorId: user.id }),
});

export const deleteLinkAction = defineAction({
  name: "claims.unlink",
  role: "EDITOR",
  schema: deleteLinkSchema,
  run: (input, user) => deleteLink(getDb(), { linkId: input.linkId, actorId: user.id }),
});

export const decideSuggestionAction = defineAction({
  name: "claims.suggestion",
  role: "EDITOR",
  schema: suggestionDecisionSchema,
  run: (input, user) => decideSuggestion(getDb(), input, user.id),
});
