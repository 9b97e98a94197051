// The review desk's part of a claim page (server side): where next/previous lead, who owns the
// claim, and the keyboard layer. The page adds it with a few lines and passes `desk.keyboard`
// to the review form.
import type { Db } from "@/lib/db";
import type { SessionUser } from "@/lib/auth/session";
import { listEditors } from "@/lib/users/list-editors";
import { reviewSteps } from "@/lib/queue/review-steps";
import { assignClaimAction } from "@/app/(desk)/claims/[id]/assign-actions";
import { AssignControl } from "./assign-control";
import { ClaimKeyboard } from "./claim-keyboard";
import type { ReviewKeyboard } from "./use-review-shortcuts";

type SearchParams = Record<string, string | string[] | undefined>;

export async function loadClaimReviewDesk(db: Db, options: { claimId: string; user: SessionUser; searchParams: SearchParams }) {
  const fromQueue = options.searchParams.from === "queue";
  const asked = options.searchParams.focus;
  const focus: "evidence" | "note" | undefined = asked === "evidence" ? "evidence" : asked === "note" ? "note" : undefined;
  const [steps, editors] = await Promise.all([reviewSteps(db, options.claimId, fromQueue), listEditors(db)]);
  const keyboard: ReviewKeyboard = { nextHref: steps.next, currentUserId: options.user.id, assignAction: assignClaimAction };
  return { steps, editors, focus, keyboard, user: options.user };
}

export type ClaimReviewDeskData = Awaited<ReturnType<typeof loadClaimReviewDesk>>;

export function ClaimReviewDesk(props: { desk: ClaimReviewDeskData; claim: { id: string; version: number; assigneeId: string | null } }) {
  const { desk, claim } = props;
  const assignee = claim.assigneeId
    ? (desk.editors.find((e) => e.id === claim.assigneeId) ?? { id: claim.assigneeId, name: "a former editor" })
    : null;
  return (
    <>
      <ClaimKeyboard steps={desk.steps} focus={desk.focus} />
      <AssignControl
        claimId={claim.id}
        version={claim.version}
        assignee={assignee}
        editors={desk.editors}
        currentUserId={desk.user.id}
        action={desk.user.role === "VIEWER" ? null : assignClaimAction}
      />
    </>
  );
}
