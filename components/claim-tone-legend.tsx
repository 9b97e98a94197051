// What the colours and underlines on the article text mean, in words.
import { TONE_LABELS, type ClaimTone } from "@/lib/claims/claim-tone";

export function ClaimToneLegend({ counts }: { counts: Partial<Record<ClaimTone, number>> }) {
  return (
    <ul className="tone-legend" aria-label="Highlight legend" data-testid="tone-legend">
      {(Object.keys(TONE_LABELS) as ClaimTone[]).map((tone) => (
        <li key={tone} data-tone={tone}>
          <span className={`tone-swatch tone-${tone}`} aria-hidden="true">
            Abc
          </span>{" "}
          {TONE_LABELS[tone]} <span className="muted">({counts[tone] ?? 0})</span>
        </li>
      ))}
    </ul>
  );
}
