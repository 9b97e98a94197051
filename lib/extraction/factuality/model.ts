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

/**
 * The int8 weights as stored (256 kB), and the 256 values they stand for. A Float32Array of every
 * weight was 1 MB read at random, a cache miss per feature; the table holds the same float32
 * values (int8 × scale, rounded to float32), so every sum is the same to the last bit.
 */
let weights: Int8Array | null = null;
const value = new Float64Array(256);

let override: TrainedModel | null = null;

/**
 * Use these weights instead of the shipped ones (null: back to weights.json). For the training and
 * tuning scripts, which compare models in one process; the extractor never calls it.
 */
export function useModel(model: TrainedModel | null): void {
  override = model;
  weights = null;
}

function load(): Int8Array {
  if (weights) return weights;
  const model = override ?? (trained as TrainedModel);
  if (model.dimensions !== DIMENSIONS) throw new Error("factuality weights do not match the featurizer; run npm run train:factuality");
  const bytes = Buffer.from(model.weights, "base64");
  if (bytes.length !== DIMENSIONS) throw new Error("factuality weights are incomplete; run npm run train:factuality");
  for (let b = -128; b < 128; b++) value[b + 128] = Math.fround(b * model.scale);
  weights = new Int8Array(bytes.buffer, bytes.byteOffset, bytes.length).slice();
  return weights;
}

export function factuality(a: Analysis, first: number, last: number): number {
  const w = load();
  const found = featureIndices(a, first, last);
  let z = 0;
  for (let k = 0; k < found.length; k++) z += value[w[found[k]!]! + 128]!;
  return 1 / (1 + Math.exp(-z));
}
