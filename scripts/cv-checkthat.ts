// npm run cv:checkthat — five-fold cross-validation on CheckThat! 2022 1B **train** through the
// whole extractor: each fold's tweets are scored by a factuality model fitted, exactly as
// train:factuality fits the shipped one, on everything else (crowd sentences, the other folds'
// tweets, the development news sets). This is how a feature or threshold change is judged for
// tweets without looking at the dev split. Two fold layouts are printed (every fifth row, and five
// contiguous blocks): a change that moves them in opposite directions is noise.
// Options: DECISION='{"softOpinion":0.9}' tries other thresholds (score.ts) for this run only.
import { extractClaims } from "@/lib/extraction";
import { DIMENSIONS } from "@/lib/extraction/factuality/featurize";
// Imported under another name: "use…" reads as a React hook to the linter; this is a plain setter.
import { useModel as swapModel } from "@/lib/extraction/factuality/model";
import { DECISION } from "@/lib/extraction/score";
import { CLAIMBUSTER, f1, isTuningTenth, loadCheckThat, loadClaimBuster } from "./support/extraction-eval";
import { crowdExamples, newsSentences, quantize, train, tweetExamples, weightedNews } from "./support/factuality-train";

const FOLDS = 5;

function main() {
  const expert = loadClaimBuster("groundtruth.csv");
  const crowd = loadClaimBuster("crowdsourced.csv");
  const tweets = loadCheckThat("train");
  if (!expert || !crowd || !tweets) {
    console.error(`ClaimBuster (${CLAIMBUSTER}) or CheckThat data not found.`);
    process.exit(2);
  }
  if (process.env.DECISION) Object.assign(DECISION, JSON.parse(process.env.DECISION) as Partial<typeof DECISION>);
  // The same debate and news examples train:factuality fits on.
  const fit = crowdExamples(crowd, expert).filter((ex) => !isTuningTenth(ex.id));
  const news = weightedNews(newsSentences());
  const tweetRows = tweetExamples(tweets);
  const layouts: Array<[string, (i: number) => number]> = [
    ["every fifth row", (i) => i % FOLDS],
    ["contiguous blocks", (i) => Math.floor((i * FOLDS) / tweets.length)],
  ];
  for (const [name, foldOf] of layouts) {
    let tp = 0, fp = 0, fn = 0, tn = 0;
    for (let k = 0; k < FOLDS; k++) {
      const weights = train([...fit, ...tweetRows.filter((_, i) => foldOf(i) !== k), ...news]);
      swapModel({ dimensions: DIMENSIONS, ...quantize(weights), threshold: 0.5, trainedOn: `cross-validation fold ${k}` });
      tweets.forEach((t, i) => {
        if (foldOf(i) !== k) return;
        const said = extractClaims(t.text).length > 0;
        if (said && t.label) tp++;
        else if (said) fp++;
        else if (t.label) fn++;
        else tn++;
      });
    }
    swapModel(null);
    const precision = tp / Math.max(1, tp + fp);
    const recall = tp / Math.max(1, tp + fn);
    console.log(
      `${name.padEnd(18)} CheckThat train ${FOLDS}-fold F1 ${f1(precision, recall).toFixed(4)} (P ${precision.toFixed(3)} R ${recall.toFixed(3)}, specificity ${(tn / Math.max(1, tn + fp)).toFixed(3)})`,
    );
  }
}

main();
