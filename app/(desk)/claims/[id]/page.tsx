import type { Metadata } from "next";
import { cache } from "react";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getDb } from "@/lib/db";
import { getSessionUser, requirePageUser } from "@/lib/auth/session";
import { isPlausibleId } from "@/lib/validation/safe-text";
import { getClaim } from "@/lib/claims/get-claim";
import { formatDateTime } from "@/lib/format";
import { ClaimStructure } from "@/components/claim-structure";
import { ClaimReviewForm } from "@/components/forms/claim-review-form";
import { StatusBadge, VerdictBadge } from "@/components/badges";
import { reviewClaimAction } from "./actions";
import { ClaimReviewDesk, loadClaimReviewDesk } from "@/components/review-desk/claim-review-desk";
import { ClaimCrossrefPanel } from "@/components/crossref/claim-crossref-panel";
import { ClaimEvidence, ClaimMending, ClaimNotesAndHistory, ClaimOriginBadges } from "@/components/claim-mend/claim-extras";

// The tab title and the page share one query per request. An id no claim could have (NUL, too
// long) is not looked up at all.
const loadClaim = cache((id: string) => (isPlausibleId(id) ? getClaim(getDb(), id) : null));

export async function generateMetadata({ params }: { params: Promise<{ id: string }> }): Promise<Metadata> {
  // Session first: the title must not show a claim's text, or whether it exists, to the signed-out.
  if (!(await getSessionUser())) return { title: "Sign in" };
  const claim = await loadClaim((await params).id);
  return { title: claim ? `Claim: ${claim.text}` : "Claim not found" };
}

export default async function ClaimPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { id } = await params;
  const user = await requirePageUser(`/claims/${id}`);
  const claim = await loadClaim(id);
  if (!claim) notFound();
  const desk = await loadClaimReviewDesk(getDb(), { claimId: claim.id, user, searchParams: await searchParams });

  return (
    <>
      <p className="muted small">
        <Link href={`/articles/${claim.article.id}`}>{claim.article.title}</Link>
      </p>
      <h1 data-testid="claim-text">{claim.text}</h1>
      <div className="badges">
        <StatusBadge status={claim.status} /> <VerdictBadge verdict={claim.verdict} /> <ClaimOriginBadges claim={claim} />
        {claim.reviewer ? (
          <span className="muted small">
            Reviewed by {claim.reviewer.name} {claim.reviewedAt ? `on ${formatDateTime(claim.reviewedAt)}` : ""}
          </span>
        ) : null}
      </div>
      <ClaimReviewDesk desk={desk} claim={claim} />
      <div className="claim-layout">
        <section aria-labelledby="context-heading">
          <h2 id="context-heading">In the article</h2>
          <blockquote className="context" data-testid="claim-context">
            {claim.context.before}
            <mark>{claim.context.quote}</mark>
            {claim.context.after}
          </blockquote>
          <h2>What the extractor found</h2>
          <ClaimStructure claim={claim} />
          <h2>Evidence</h2>
          <ClaimEvidence claim={claim} viewer={user} />
          <ClaimCrossrefPanel claimId={claim.id} canEdit={user.role !== "VIEWER"} />
        </section>
        <aside aria-labelledby="review-heading" className="review-panel">
          <h2 id="review-heading">Review</h2>
          {user.role === "VIEWER" ? (
            <p className="empty">Viewers can read reviews but not change them.</p>
          ) : (
            <ClaimReviewForm
              action={reviewClaimAction}
              defaults={{
                claimId: claim.id,
                version: claim.version,
                status: claim.status,
                verdict: claim.verdict ?? "",
                note: claim.reviewNote ?? "",
                confirmNoEvidence: false,
              }}
              keyboard={desk.keyboard}
            />
          )}
          <ClaimMending claim={claim} viewer={user} />
        </aside>
      </div>
      <ClaimNotesAndHistory claim={claim} viewer={user} />
    </>
  );
}
