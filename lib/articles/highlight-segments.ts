// Splits an article body into runs of text, each tagged with the claims whose spans cover it,
// so a page can mark every claim at its exact offsets even where spans overlap.

export interface Span {
  id: string;
  start: number;
  end: number;
}

export interface Segment {
  text: string;
  start: number;
  claimIds: string[];
}

export function highlightSegments(body: string, spans: readonly Span[]): Segment[] {
  const valid = spans.filter((s) => s.start >= 0 && s.end <= body.length && s.start < s.end);
  const cuts = new Set<number>([0, body.length]);
  for (const s of valid) cuts.add(s.start).add(s.end);
  const points = [...cuts].sort((a, b) => a - b);

  const segments: Segment[] = [];
  for (let i = 0; i < points.length - 1; i++) {
    const start = points[i]!;
    const end = points[i + 1]!;
    const claimIds = valid.filter((s) => s.start <= start && s.end >= end).map((s) => s.id);
    segments.push({ text: body.slice(start, end), start, claimIds });
  }
  return segments;
}
