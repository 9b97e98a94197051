// The article text with every claim marked at its exact span; each mark links to its claim.
import Link from "next/link";
import { highlightSegments, type Span } from "@/lib/articles/highlight-segments";

export function ArticleBody({ body, claims }: { body: string; claims: ReadonlyArray<Span & { text: string }> }) {
  const byId = new Map(claims.map((c) => [c.id, c]));
  return (
    <div className="article-body" data-testid="article-body">
      {highlightSegments(body, claims).map((segment) => {
        if (segment.claimIds.length === 0) return <span key={segment.start}>{segment.text}</span>;
        const first = byId.get(segment.claimIds[0]!)!;
        return (
          <Link
            key={segment.start}
            href={`/claims/${first.id}`}
            className={segment.claimIds.length > 1 ? "claim-mark claim-mark-overlap" : "claim-mark"}
            title={segment.claimIds.map((id) => byId.get(id)!.text).join("\n")}
            data-claim-ids={segment.claimIds.join(" ")}
          >
            {segment.text}
          </Link>
        );
      })}
    </div>
  );
}
