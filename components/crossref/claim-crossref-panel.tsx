// The claim page's cross-reference section: entities, links (worded from this claim's side),
// figures in other articles, appearances, suggested matches and the link picker.
import Link from "next/link";
import { getDb } from "@/lib/db";
import { getClaimCrossref } from "@/lib/crossref/get-claim-crossref";
import { suggestClaims } from "@/lib/crossref/suggest-claims";
import { formatDate } from "@/lib/format";
import { createLinkAction, decideSuggestionAction, deleteLinkAction } from "@/app/(desk)/claims/[id]/crossref-actions";
import { LinkPicker } from "./link-picker";
import { SuggestionForm } from "./suggestion-form";
import { SmallActionForm } from "./small-action-form";
import "./crossref.css";

const KIND_LABELS = { PERSON: "person", ORGANIZATION: "organization", PLACE: "place", PRODUCT: "product" } as const;

export async function ClaimCrossrefPanel({ claimId, canEdit }: { claimId: string; canEdit: boolean }) {
  const db = getDb();
  const [crossref, suggestions] = await Promise.all([getClaimCrossref(db, claimId), suggestClaims(db, claimId)]);
  const speakers = crossref.entities.filter((e) => e.isSpeaker);
  return (
    <section aria-labelledby="crossref-heading" className="crossref" data-testid="claim-crossref">
      <h2 id="crossref-heading">Cross-references</h2>
      {crossref.entities.length > 0 ? (
        <p className="crossref-entities" data-testid="claim-entities">
          {speakers.length > 0 ? (
            <>
              Said by{" "}
              {speakers.map((e, i) => (
                <span key={e.id}>
                  {i > 0 ? ", " : ""}
                  <Link href={`/entities/${e.id}`}>{e.name}</Link>
                </span>
              ))}
              {" · "}
            </>
          ) : null}
          About{" "}
          {crossref.entities.map((e, i) => (
            <span key={e.id}>
              {i > 0 ? ", " : ""}
              <Link href={`/entities/${e.id}`} title={KIND_LABELS[e.kind]}>
                {e.name}
              </Link>
            </span>
          ))}
        </p>
      ) : null}

      <h3>Links</h3>
      {crossref.links.length === 0 ? (
        <p className="empty">Not linked to claims of other articles yet.</p>
      ) : (
        <ul className="crossref-list" data-testid="claim-links">
          {crossref.links.map((l) => (
            <li key={l.id} data-testid="claim-link">
              <span className={`crossref-relation relation-${l.type.toLowerCase()}`}>{l.wording}</span>{" "}
              <Link href={`/claims/${l.other.id}`}>{l.other.text}</Link> <span className="muted small">({l.other.articleTitle})</span>
              {l.note ? <span className="muted small"> — {l.note}</span> : null}
              {canEdit ? (
                <SmallActionForm
                  schema="deleteLink"
                  values={{ linkId: l.id }}
                  action={deleteLinkAction}
                  buttons={[{ label: "Remove link" }]}
                  label={`Remove link to ${l.other.text}`}
                  successText="Link removed."
                />
              ) : null}
            </li>
          ))}
        </ul>
      )}

      {crossref.figures.length > 0 ? (
        <>
          <h3>Figures in other articles</h3>
          <ul className="crossref-list" data-testid="claim-figures">
            {crossref.figures.map((f) => (
              <li key={f.id}>
                <span className={f.relation === "CONFLICT" ? "badge crossref-conflict" : "badge"}>
                  {f.relation === "CONFLICT" ? (f.status === "OPEN" ? "Open conflict" : "Confirmed conflict") : "Related figure"}
                </span>{" "}
                <Link href={`/claims/${f.other.id}`}>{f.other.text}</Link> <span className="muted small">({f.other.articleTitle})</span>
              </li>
            ))}
          </ul>
        </>
      ) : null}

      {crossref.appearances.firstAppearance ? (
        <>
          <h3>Appearances</h3>
          <ol className="crossref-list" data-testid="claim-appearances">
            {crossref.appearances.appearances.map((a, i) => (
              <li key={a.claimId}>
                <Link href={`/claims/${a.claimId}`}>{a.articleTitle}</Link>{" "}
                <span className="muted small">
                  {[a.outlet, a.publishedAt ? formatDate(a.publishedAt) : null].filter(Boolean).join(" · ")}
                  {i === 0 ? " — first appearance" : ""}
                </span>
              </li>
            ))}
          </ol>
        </>
      ) : null}

      <h3>Suggested matches</h3>
      {suggestions.length === 0 ? (
        <p className="empty">No likely matches in other articles.</p>
      ) : (
        <ul className="crossref-list" data-testid="claim-suggestions">
          {suggestions.map((s) => (
            <li key={s.id} data-testid="claim-suggestion">
              <Link href={`/claims/${s.id}`}>{s.text}</Link>{" "}
              <span className="muted small">
                ({s.articleTitle}
                {s.sharedEntities > 0 ? `; ${s.sharedEntities} shared ${s.sharedEntities === 1 ? "entity" : "entities"}` : ""}
                {s.sameMetric ? "; same measure" : ""})
              </span>
              {canEdit ? <SuggestionForm claimId={claimId} otherClaimId={s.id} label={s.text} action={decideSuggestionAction} /> : null}
            </li>
          ))}
        </ul>
      )}

      {canEdit ? (
        <>
          <h3>Link to another claim</h3>
          <LinkPicker claimId={claimId} action={createLinkAction} />
        </>
      ) : null}
    </section>
  );
}
