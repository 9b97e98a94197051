// One figure conflict: both claims with their quotes side by side (older left), and for editors
// the decision buttons.
import Link from "next/link";
import { formatDate } from "@/lib/format";
import { decideConflictAction } from "@/app/(desk)/conflicts/actions";
import { SmallActionForm } from "./small-action-form";
import "./crossref.css";

interface ConflictClaim {
  id: string;
  text: string;
  quote: string;
  article: { id?: string; title: string; outlet?: string | null; publishedAt?: Date | null };
}

export function ConflictCard(props: { conflict: { id: string; detectedAt: Date; claimA: ConflictClaim; claimB: ConflictClaim }; canEdit: boolean }) {
  const { conflict } = props;
  return (
    <article className="crossref-card" data-testid="conflict" aria-label={`Conflict: ${conflict.claimB.text}`}>
      <div className="crossref-pair">
        <ConflictSide label="Earlier" claim={conflict.claimA} />
        <ConflictSide label="Later" claim={conflict.claimB} />
      </div>
      <p className="muted small">Found {formatDate(conflict.detectedAt)}</p>
      {props.canEdit ? (
        <SmallActionForm
          schema="conflictDecision"
          values={{ conflictId: conflict.id, decision: "UPDATES" }}
          action={decideConflictAction}
          label="Decide this conflict"
          buttons={[
            { label: "Confirm: later updates earlier", decision: "UPDATES", primary: true },
            { label: "Confirm: they contradict", decision: "CONTRADICTS" },
            { label: "Dismiss", decision: "DISMISS" },
          ]}
        />
      ) : null}
    </article>
  );
}

function ConflictSide({ label, claim }: { label: string; claim: ConflictClaim }) {
  return (
    <div>
      <p className="small muted">
        {label}: {claim.article.title}
        {claim.article.publishedAt ? ` · ${formatDate(claim.article.publishedAt)}` : ""}
      </p>
      <Link href={`/claims/${claim.id}`}>{claim.text}</Link>
      <blockquote>{claim.quote}</blockquote>
    </div>
  );
}
