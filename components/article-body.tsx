// The article text with every claim marked at its exact span, coloured and underlined by its review
// state. A run covered by one claim links to it; a run covered by several opens a small picker
// (the native Popover API: no JavaScript of ours). Pickers live outside the text container so the
// container's text stays exactly the article body.
import Link from "next/link";
import type { ClaimStatus, Verdict } from "@/lib/generated/prisma/enums";
import { highlightSegments, type Span } from "@/lib/articles/highlight-segments";
import { claimTone, reviewStateWords, strongestTone } from "@/lib/claims/claim-tone";

export interface MarkedClaim extends Span {
  text: string;
  status: ClaimStatus;
  verdict: Verdict | null;
}

export function ArticleBody({ body, claims }: { body: string; claims: ReadonlyArray<MarkedClaim> }) {
  const byId = new Map(claims.map((c) => [c.id, c]));
  const segments = highlightSegments(body, claims);
  const pickers: Array<{ id: string; claims: MarkedClaim[] }> = [];
  const marks = segments.map((segment) => {
    if (segment.claimIds.length === 0) return <span key={segment.start}>{segment.text}</span>;
    const covering = segment.claimIds.map((id) => byId.get(id)!);
    const tone = strongestTone(covering.map(claimTone));
    const description = covering.map((c) => `${c.text} (${reviewStateWords(c)})`).join("; ");
    const className = `claim-mark tone-${tone}`;
    if (covering.length === 1) {
      return (
        <Link
          key={segment.start}
          href={`/claims/${covering[0]!.id}`}
          className={className}
          title={description}
          aria-description={reviewStateWords(covering[0]!)}
          data-claim-ids={segment.claimIds.join(" ")}
          data-tone={tone}
        >
          {segment.text}
        </Link>
      );
    }
    const pickerId = `claims-at-${segment.start}`;
    pickers.push({ id: pickerId, claims: covering });
    return (
      <button
        key={segment.start}
        type="button"
        popoverTarget={pickerId}
        className={`${className} claim-mark-overlap`}
        title={description}
        aria-haspopup="dialog"
        data-claim-ids={segment.claimIds.join(" ")}
        data-tone={tone}
      >
        {segment.text}
      </button>
    );
  });
  return (
    <>
      <div className="article-body" data-testid="article-body">
        {marks}
      </div>
      {pickers.map((picker) => (
        <div key={picker.id} id={picker.id} popover="auto" className="claim-picker" role="dialog" aria-label={`${picker.claims.length} claims in this passage`}>
          <p className="small muted">{picker.claims.length} claims in this passage:</p>
          <ul>
            {picker.claims.map((c) => (
              <li key={c.id}>
                <Link href={`/claims/${c.id}`}>{c.text}</Link> <span className={`tone-chip tone-${claimTone(c)}`}>{reviewStateWords(c)}</span>
              </li>
            ))}
          </ul>
        </div>
      ))}
    </>
  );
}
