// Sentence-level factuality: the probability that a sentence states something checkable rather
// than an opinion, a question or chatter. A logistic regression over hashed words, word pairs and
// part-of-speech pairs, trained by scripts/train-factuality.ts on the ClaimBuster crowd-labelled
// debate sentences (expert-labelled ones held out). Only hashed weights ship here; no sentence does.
import type { Analysis } from "../nlp";
import { DIMENSIONS, featureIndices } from "./featurize";
import trained from "./weights.json";

export interface TrainedModel {
  dimensions: number;
  /** Weights are int8 (base64) times this scale. */
  scale: number;
  weights: string;
  /** The model's own best cut on the crowd validation tenth, for reference; the extractor's
   *  decisions use the thresholds in score.ts instead. */
  threshold: number;
  trainedOn: string;
}

let weights: Float32Array | null = null;

function load(): Float32Array {
  if (weights) return weights;
  const model = trained as TrainedModel;
  if (model.dimensions !== DIMENSIONS) throw new Error("factuality weights do not match the featurizer; run npm run train:factuality");
  const bytes = Buffer.from(model.weights, "base64");
  if (bytes.length !== DIMENSIONS) throw new Error("factuality weights are incomplete; run npm run train:factuality");
  const w = new Float32Array(DIMENSIONS);
  for (let i = 0; i < DIMENSIONS; i++) w[i] = ((bytes[i] ?? 0) << 24 >> 24) * model.scale;
  weights = w;
  return w;
}

export function factuality(a: Analysis, first: number, last: number): number {
  const w = load();
  let z = 0;
  for (const j of featureIndices(a, first, last)) z += w[j]!;
  return 1 / (1 + Math.exp(-z));
}
