// The claim page's additions from "annotate & correct": origin and orphan badges, mending tools,
// the evidence ledger, notes on the claim's passage and the claim's history.
import Link from "next/link";
import { getDb } from "@/lib/db";
import type { SessionUser } from "@/lib/auth/session";
import type { ClaimDetail } from "@/lib/claims/get-claim";
import { nextClaimOf } from "@/lib/claims/next-claim";
import { listNotesOverlapping } from "@/lib/annotations/list-article-notes";
import { claimHistory } from "@/lib/history/claim-history";
import { formatWhen } from "@/lib/history/describe-change";
import { HistoryList } from "@/components/history/history-list";
import { NoteThread } from "@/components/annotate/note-thread";
import { toThreadView } from "@/components/annotate/thread-view";
import { EvidenceLedger } from "@/components/evidence/evidence-ledger";
import { ClaimMendTools } from "./claim-mend-tools";

export function ClaimOriginBadges({ claim }: { claim: ClaimDetail }) {
  return (
    <>
      <span className="badge origin-badge" data-testid="claim-origin">
        {claim.origin === "EDITOR" ? "Added by an editor" : "Found by the extractor"}
      </span>
      {claim.orphanedAt && !claim.archivedAt ? (
        <span className="badge orphan-badge">
          Orphan: its words are gone from the corrected article ·{" "}
          <Link href={`/articles/${claim.article.id}?reattach=claim:${claim.id}`}>re-attach</Link>
        </span>
      ) : null}
      {claim.archivedAt ? <span className="badge orphan-badge">Archived</span> : null}
    </>
  );
}

export async function ClaimEvidence({ claim, viewer }: { claim: ClaimDetail; viewer: Pick<SessionUser, "role"> }) {
  const items = claim.evidence.map((e) => ({
    id: e.id,
    url: e.url,
    title: e.title,
    publisher: e.publisher,
    excerpt: e.excerpt,
    accessedOn: e.accessedOn ? e.accessedOn.toISOString().slice(0, 10) : null,
    stance: e.stance,
    strength: e.strength,
    addedBy: e.addedBy.name,
    added: formatWhen(e.createdAt),
    edited: e.updatedAt ? formatWhen(e.updatedAt) : null,
  }));
  return <EvidenceLedger claimId={claim.id} items={items} canWrite={viewer.role !== "VIEWER"} />;
}

export async function ClaimMending({ claim, viewer }: { claim: ClaimDetail; viewer: Pick<SessionUser, "role"> }) {
  if (viewer.role === "VIEWER" || claim.archivedAt || claim.orphanedAt) return null;
  const next = await nextClaimOf(getDb(), claim);
  return (
    <section aria-labelledby="mend-heading" className="mend-section">
      <h2 id="mend-heading">Mend this claim</h2>
      <ClaimMendTools
        key={claim.version}
        claim={{ id: claim.id, version: claim.version, text: claim.text, type: claim.type, quote: claim.quote, dismissed: claim.status === "DISMISSED" }}
        next={next}
      />
    </section>
  );
}

export async function ClaimNotesAndHistory({ claim, viewer }: { claim: ClaimDetail; viewer: Pick<SessionUser, "id" | "role"> }) {
  const db = getDb();
  const [notes, history] = await Promise.all([
    claim.orphanedAt ? Promise.resolve([]) : listNotesOverlapping(db, { articleId: claim.article.id, start: claim.start, end: claim.end }),
    claimHistory(db, claim),
  ]);
  return (
    <div className="claim-layout annotate-extras">
      <section aria-labelledby="claim-notes-heading">
        <h2 id="claim-notes-heading">Notes on this passage</h2>
        {notes.length === 0 ? (
          <p className="empty">
            No notes. Annotate the passage on the <Link href={`/articles/${claim.article.id}`}>article page</Link>.
          </p>
        ) : (
          notes.map((n) => <NoteThread key={n.id} thread={toThreadView(n)} viewer={{ id: viewer.id, role: viewer.role }} />)
        )}
      </section>
      <section aria-labelledby="claim-history-heading">
        <h2 id="claim-history-heading">History</h2>
        <HistoryList changes={history} />
      </section>
    </div>
  );
}
