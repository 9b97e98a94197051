"use server";

// Mending a claim (wording, type, split, merge, dismiss) and its evidence ledger.
import { defineAction } from "@/lib/actions/define-action";
import { getDb } from "@/lib/db";
import { editClaim } from "@/lib/claims/edit-claim";
import { splitClaim } from "@/lib/claims/split-claim";
import { mergeClaims } from "@/lib/claims/merge-claims";
import { dismissClaim } from "@/lib/claims/dismiss-claim";
import { addEvidence } from "@/lib/evidence/add-evidence";
import { editEvidence } from "@/lib/evidence/edit-evidence";
import { removeEvidence } from "@/lib/evidence/remove-evidence";
import { dismissClaimSchema, editClaimSchema, mergeClaimsSchema, splitClaimSchema } from "@/lib/validation/claim-edit";
import { addEvidenceSchema, editEvidenceSchema, removeEvidenceSchema } from "@/lib/validation/evidence";

export const editClaimAction = defineAction({ name: "claims.edit", role: "EDITOR", schema: editClaimSchema, run: (input, user) => editClaim(getDb(), input, user.id) });
export const splitClaimAction = defineAction({ name: "claims.split", role: "EDITOR", schema: splitClaimSchema, run: (input, user) => splitClaim(getDb(), input, user.id) });
export const mergeClaimsAction = defineAction({ name: "claims.merge", role: "EDITOR", schema: mergeClaimsSchema, run: (input, user) => mergeClaims(getDb(), input, user.id) });
export const dismissClaimAction = defineAction({ name: "claims.dismiss", role: "EDITOR", schema: dismissClaimSchema, run: (input, user) => dismissClaim(getDb(), input, user.id) });
export const addEvidenceAction = defineAction({ name: "evidence.add", role: "EDITOR", schema: addEvidenceSchema, run: (input, user) => addEvidence(getDb(), input, user.id) });
export const editEvidenceAction = defineAction({ name: "evidence.edit", role: "EDITOR", schema: editEvidenceSchema, run: (input, user) => editEvidence(getDb(), input, user.id) });
export const removeEvidenceAction = defineAction({ name: "evidence.remove", role: "EDITOR", schema: removeEvidenceSchema, run: (input, user) => removeEvidence(getDb(), input, user.id) });
