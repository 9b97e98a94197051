// npm run tune:extract — searches the extractor's decision thresholds (lib/extraction/score.ts
// DECISION) on our gold articles and on the crowd-labelled tenth the factuality model never saw.
// Never on groundtruth.csv, which the benchmark reports. Prints the best settings; copying them
// into score.ts is a deliberate, reviewed step.
import { DECISION } from "@/lib/extraction/score";
import { crowdValidation, evaluateGold, evaluateSentences } from "./support/extraction-eval";

const validation = crowdValidation();
if (!validation) {
  console.error("ClaimBuster data not found.");
  process.exit(2);
}

const grid = {
  anchoredFloor: [0.05, 0.2],
  ruleSentence: [0.05, 0.1, 0.2],
  statement: [0.55, 0.65, 0.75],
  softStatement: [0.9, 1.01],
  ruleView: [0.5, 0.7, 0.9],
  sentence: [0.5, 0.6],
};

interface Result {
  setting: typeof DECISION;
  goldRecall: number;
  goldExtra: number;
  goldF1: number;
  crowdF1: number;
}

const results: Result[] = [];
for (const anchoredFloor of grid.anchoredFloor)
  for (const ruleSentence of grid.ruleSentence)
    for (const statement of grid.statement)
      for (const sentence of grid.sentence)
        for (const softStatement of grid.softStatement)
        for (const ruleView of grid.ruleView) {
        Object.assign(DECISION, { anchoredFloor, ruleSentence, statement, sentence, softStatement, ruleView });
        const gold = evaluateGold();
        const crowd = evaluateSentences(validation);
        results.push({ setting: { ...DECISION }, goldRecall: gold.recall, goldExtra: gold.extraShare, goldF1: gold.f1, crowdF1: crowd.factual.f1 });
      }

// The gold targets first (every claim found, at most 10% extra); among settings that meet them,
// the one that best tells statements from opinion on the crowd tenth. Then the rest, by both.
const meets = (r: Result) => r.goldRecall === 1 && r.goldExtra <= 0.1;
results.sort((x, y) => Number(meets(y)) - Number(meets(x)) || y.crowdF1 - x.crowdF1 || y.goldF1 - x.goldF1);
for (const r of results.slice(0, 15)) {
  const s = r.setting;
  console.log(
    `floor ${s.anchoredFloor} ruleSentence ${s.ruleSentence} statement ${s.statement} soft ${s.softStatement} ruleView ${s.ruleView} sentence ${s.sentence}  gold R ${(r.goldRecall * 100).toFixed(1)}% extra ${(r.goldExtra * 100).toFixed(1)}% F1 ${(r.goldF1 * 100).toFixed(1)}%  crowd F1 ${r.crowdF1.toFixed(3)}`,
  );
}
