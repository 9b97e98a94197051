"use client";

// Assigning from the claim page (the "a" shortcut and the assign control) bumps the claim's
// version. The review form must then name the new version on its next save, so the change is
// broadcast to it as an event (the two sit in different parts of the page).
import type { ActionResult } from "@/lib/actions/define-action";
import type { AssignClaimResult } from "@/lib/claims/assign-claim";
import type { AssignClaimValues } from "@/lib/validation/claim-assignment";

export const CLAIM_VERSION_EVENT = "claimdesk:claim-version";

export interface ClaimVersionChange {
  claimId: string;
  from: number;
  to: number;
}

export type AssignAction = (values: AssignClaimValues) => Promise<ActionResult<AssignClaimResult>>;

export function broadcastVersion(change: ClaimVersionChange): void {
  window.dispatchEvent(new CustomEvent<ClaimVersionChange>(CLAIM_VERSION_EVENT, { detail: change }));
}

export async function assignAndBroadcast(action: AssignAction, values: { claimId: string; version: number; assigneeId: string }) {
  const result = await action(values).catch(() => null);
  if (result?.ok) broadcastVersion({ claimId: values.claimId, from: values.version, to: result.data.version });
  return result;
}
