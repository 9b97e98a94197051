// npm run tune:extract — searches the extractor's decision thresholds (lib/extraction/score.ts
// DECISION) on our two development gold sets and on the crowd-labelled tenth the factuality model
// never saw. Never on groundtruth.csv or the held-out articles, which the benchmark reports. Prints the best settings; copying them
// into score.ts is a deliberate, reviewed step.
import { DECISION } from "@/lib/extraction/score";
import { crowdValidation, DEVELOPMENT_GOLD_2, evaluateGold, evaluateSentences } from "./support/extraction-eval";

const validation = crowdValidation();
if (!validation) {
  console.error("ClaimBuster data not found.");
  process.exit(2);
}

const grid = {
  anchoredFloor: [0.05],
  ruleSentence: [0.05, 0.1],
  statement: [0.5, 0.6, 0.7],
  softStatement: [0.9, 1.01],
  ruleView: [0.5, 0.7],
  sentence: [0.5, 0.6],
};

interface Result {
  setting: typeof DECISION;
  goldRecall: number;
  goldExtra: number;
  goldF1: number;
  secondF1: number;
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
        const second = evaluateGold(DEVELOPMENT_GOLD_2);
        const crowd = evaluateSentences(validation);
        results.push({ setting: { ...DECISION }, goldRecall: gold.recall, goldExtra: gold.extraShare, goldF1: gold.f1, secondF1: second.f1, crowdF1: crowd.factual.f1 });
      }

// The seed targets first (every claim of the first set found, at most 10% extra); among settings
// that meet them, the best sum of F1 on the second set (news) and on the crowd tenth (debates).
const meets = (r: Result) => r.goldRecall === 1 && r.goldExtra <= 0.1;
results.sort((x, y) => Number(meets(y)) - Number(meets(x)) || y.secondF1 + y.crowdF1 - (x.secondF1 + x.crowdF1));
for (const r of results.slice(0, 15)) {
  const s = r.setting;
  console.log(
    `floor ${s.anchoredFloor} ruleSentence ${s.ruleSentence} statement ${s.statement} soft ${s.softStatement} ruleView ${s.ruleView} sentence ${s.sentence}  set 1 R ${(r.goldRecall * 100).toFixed(1)}% extra ${(r.goldExtra * 100).toFixed(1)}%  set 2 F1 ${(r.secondF1 * 100).toFixed(1)}%  crowd F1 ${r.crowdF1.toFixed(3)}`,
  );
}
