// The factuality model's training steps, shared by scripts/train-factuality.ts (which writes the
// shipped weights) and scripts/cv-checkthat.ts (which cross-validates them through the extractor),
// so both fit exactly the same model.
import { readFileSync } from "node:fs";
import path from "node:path";
import { analyze } from "@/lib/extraction/nlp";
import { segment } from "@/lib/extraction/segment";
import { parseArticle } from "@/lib/extraction";
import { DIMENSIONS, featurize } from "@/lib/extraction/factuality/featurize";
import { DEVELOPMENT_GOLD, DEVELOPMENT_GOLD_2, ROOT, sentenceKey, type ClaimBusterRow, type TweetRow } from "./extraction-eval";

// Measured in the fourth pass (docs/extraction.md, "Factuality, fourth pass"; five-fold
// cross-validation on CheckThat train through the whole extractor): L2 up to 1e-4, 5 or 20 epochs,
// a faster rate, averaging the last epochs, tweets weighted x2 or x3, negatives x1.4, debate
// sentences x0.5, and each sentence of a negative tweet as a negative of its own all moved F1 by
// less than 0.005 or lowered it. These stay.
export const EPOCHS = 10;
export const RATE = 0.1;
export const L2 = 1e-6;

export interface Example {
  x: number[];
  y: number;
  id: string;
}

export function examples(rows: ClaimBusterRow[]): Example[] {
  return rows.map((r) => {
    const a = analyze(r.Text);
    return { x: featurize(a, 0, a.value.length - 1), y: r.Verdict === "-1" ? 0 : 1, id: r.Sentence_id };
  });
}

/** Every crowd-labelled sentence except those also in the expert-labelled groundtruth.csv (by id or by text): that file stays unseen. */
export function crowdExamples(crowd: ClaimBusterRow[], expert: ClaimBusterRow[]): Example[] {
  const heldOutIds = new Set(expert.map((r) => r.Sentence_id));
  const heldOutTexts = new Set(expert.map((r) => sentenceKey(r.Text)));
  return examples(crowd.filter((r) => !heldOutIds.has(r.Sentence_id) && !heldOutTexts.has(sentenceKey(r.Text))));
}

/** CheckThat tweets, a whole tweet per example. */
export function tweetExamples(rows: TweetRow[]): Example[] {
  return rows.map((t, i) => {
    const a = analyze(t.text);
    return { x: featurize(a, 0, a.value.length - 1), y: t.label, id: `ct${i}` };
  });
}

/** News sentences count three times: news is what the desk reads. */
export function weightedNews(news: Example[]): Example[] {
  return news.flatMap((ex) => [ex, ex, ex]);
}

const gcd = (x: number, y: number): number => (y === 0 ? x : gcd(y, x % y));

export function train(data: Example[]): Float64Array {
  // The visiting order below is a permutation only when the step shares no factor with the length.
  if (gcd(7_919, data.length) !== 1) throw new Error(`choose another step: 7919 divides ${data.length}`);
  const w = new Float64Array(DIMENSIONS);
  for (let epoch = 0; epoch < EPOCHS; epoch++) {
    const rate = RATE / (1 + epoch);
    for (let n = 0; n < data.length; n++) {
      // A fixed permutation per epoch (a multiplier coprime with any length we use) keeps it deterministic.
      const ex = data[(n * 7_919 + epoch * 104_729) % data.length]!;
      let z = 0;
      for (const j of ex.x) z += w[j]!;
      const gradient = 1 / (1 + Math.exp(-z)) - ex.y;
      for (const j of ex.x) w[j] = w[j]! - rate * (gradient + L2 * w[j]!);
    }
  }
  return w;
}

export function probability(w: ArrayLike<number>, x: number[]): number {
  let z = 0;
  for (const j of x) z += w[j]!;
  return 1 / (1 + Math.exp(-z));
}

export function bestThreshold(w: Float64Array, data: Example[]): { threshold: number; f1: number } {
  let best = { threshold: 0.5, f1: 0 };
  for (let t = 0.2; t <= 0.8001; t += 0.025) {
    let tp = 0, fp = 0, fn = 0;
    for (const ex of data) {
      const positive = probability(w, ex.x) >= t;
      if (positive && ex.y) tp++;
      else if (positive) fp++;
      else if (ex.y) fn++;
    }
    const f1 = tp ? (2 * tp) / (2 * tp + fp + fn) : 0;
    if (f1 > best.f1) best = { threshold: Math.round(t * 1000) / 1000, f1 };
  }
  return best;
}

export function quantize(w: Float64Array): { scale: number; weights: string } {
  let max = 0;
  for (const v of w) max = Math.max(max, Math.abs(v));
  const scale = max / 127 || 1;
  const bytes = Buffer.alloc(w.length);
  for (let i = 0; i < w.length; i++) bytes.writeInt8(Math.max(-127, Math.min(127, Math.round(w[i]! / scale))), i);
  return { scale, weights: bytes.toString("base64") };
}

/** Sentences of the development news articles, labelled by whether a gold claim's anchor lies in them. */
export function newsSentences(): Example[] {
  const out: Example[] = [];
  for (const file of [DEVELOPMENT_GOLD, DEVELOPMENT_GOLD_2]) {
    const gold = JSON.parse(readFileSync(file, "utf8")) as { articles: Array<{ file: string; claims: Array<{ anchor: string }> }> };
    for (const art of gold.articles) {
      const body = parseArticle(readFileSync(path.join(ROOT, art.file), "utf8")).body;
      const anchors = art.claims.map((c) => {
        const at = body.indexOf(c.anchor);
        return [at, at + c.anchor.length] as const;
      });
      const a = analyze(body);
      for (const seg of segment(a)) {
        if (seg.heading) continue;
        const y = anchors.some(([s, e]) => s >= 0 && s < seg.end && e > seg.start) ? 1 : 0;
        out.push({ x: featurize(a, seg.first, seg.last), y, id: `news:${art.file}:${seg.start}` });
      }
    }
  }
  return out;
}
