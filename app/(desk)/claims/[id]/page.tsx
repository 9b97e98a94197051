import type { Metadata } from "next";
import { cache } from "react";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getDb } from "@/lib/db";
import { requirePageUser } from "@/lib/auth/session";
import { getClaim } from "@/lib/claims/get-claim";
import { formatDateTime } from "@/lib/format";
import { ClaimStructure } from "@/components/claim-structure";
import { ClaimReviewForm } from "@/components/forms/claim-review-form";
import { StatusBadge, VerdictBadge } from "@/components/badges";
import { reviewClaimAction } from "./actions";
import { ClaimEvidence, ClaimMending, ClaimNotesAndHistory, ClaimOriginBadges } from "@/components/claim-mend/claim-extras";

// The tab title and the page share one query per request.
const loadClaim = cache((id: string) => getClaim(getDb(), id));

export async function generateMetadata({ params }: { params: Promise<{ id: string }> }): Promise<Metadata> {
  const claim = await loadClaim((await params).id);
  return { title: claim ? `Claim: ${claim.text}` : "Claim not found" };
}

export default async function ClaimPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const user = await requirePageUser(`/claims/${id}`);
  const claim = await loadClaim(id);
  if (!claim) notFound();

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
        </section>
        <aside aria-labelledby="review-heading" className="review-panel">
          <h2 id="review-heading">Review</h2>
          {user.role === "VIEWER" ? (
            <p className="empty">Viewers can read reviews but not change them.</p>
          ) : (
            <ClaimReviewForm
              key={claim.version}
              action={reviewClaimAction}
              defaults={{
                claimId: claim.id,
                version: claim.version,
                status: claim.status,
                verdict: claim.verdict ?? "",
                note: claim.reviewNote ?? "",
                confirmNoEvidence: false,
              }}
            />
          )}
          <ClaimMending claim={claim} viewer={user} />
        </aside>
      </div>
      <ClaimNotesAndHistory claim={claim} viewer={user} />
    </>
  );
}
