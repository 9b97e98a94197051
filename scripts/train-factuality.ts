// npm run train:factuality — trains the sentence factuality model (lib/extraction/factuality) on
// ClaimBuster's crowd-labelled sentences (../shared/data/claimbuster/crowdsourced.csv), read at
// run time and never copied. Every sentence of the expert-labelled groundtruth.csv is held out
// (by id and by text), so the benchmark's groundtruth figure is measured on unseen sentences.
// The decision threshold is chosen on a held-out tenth of the crowd labels (ids divisible by 10),
// never on groundtruth.
// Deterministic: the same data gives the same weights.
import { writeFileSync } from "node:fs";
import path from "node:path";
import { DIMENSIONS } from "@/lib/extraction/factuality/featurize";
import type { TrainedModel } from "@/lib/extraction/factuality/model";
import {
  CLAIMBUSTER,
  isTuningRow,
  isTuningTenth,
  loadCheckThat,
  loadClaimBuster,
  ROOT,
} from "./support/extraction-eval";
import { bestThreshold, crowdExamples, EPOCHS, type Example, newsSentences, quantize, train, tweetExamples, weightedNews } from "./support/factuality-train";

const OUT = path.join(ROOT, "lib/extraction/factuality/weights.json");

function main() {
  const expert = loadClaimBuster("groundtruth.csv");
  const crowd = loadClaimBuster("crowdsourced.csv");
  if (!expert || !crowd) {
    console.error(`ClaimBuster data not found at ${CLAIMBUSTER}.`);
    process.exit(2);
  }
  const all = crowdExamples(crowd, expert);
  // A tenth of the crowd labels, chosen by id, picks the threshold.
  const isValidation = (ex: Example) => isTuningTenth(ex.id);
  const fit = all.filter((ex) => !isValidation(ex));
  const validation = all.filter(isValidation);
  // News and social posts besides debates (issue 10): CheckThat! 2022 1B training tweets (a tenth,
  // by row, kept out for tuning) and the sentences of our two development news sets (a sentence
  // holding a gold claim is factual, any other is not), weighted up because news is what the desk
  // reads. Never the held-out articles, never a dev split of PolNeAR or CheckThat.
  const tweets = tweetExamples((loadCheckThat("train") ?? []).filter((_, i) => !isTuningRow(i)));
  const news = newsSentences();
  const weights = train([...fit, ...tweets, ...weightedNews(news)]);
  const { threshold, f1 } = bestThreshold(weights, validation);
  console.log(`crowd sentences: ${all.length} (held out as expert-labelled: ${expert.length}); validation F1 ${f1.toFixed(3)} at threshold ${threshold}`);

  // The shipped model is the one fitted without the validation tenth, so that tenth stays unseen
  // for tuning the extractor's other thresholds (scripts/tune-extraction.ts).
  const model: TrainedModel = {
    dimensions: DIMENSIONS,
    ...quantize(weights),
    threshold,
    trainedOn: `ClaimBuster crowdsourced.csv: ${fit.length} sentences (ids not divisible by 10); CheckThat 2022 1B train: ${tweets.length} tweets (rows not divisible by 10); development news sets: ${news.length} sentences x3; groundtruth.csv, held-out articles and dev splits held out; ${EPOCHS} epochs`,
  };
  writeFileSync(OUT, JSON.stringify(model) + "\n");
  console.log(`wrote ${path.relative(ROOT, OUT)}`);
}

main();
