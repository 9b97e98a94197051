// Measuring the extractor, shared by the benchmark and the threshold tuning.
//  - Gold set (tests/fixtures/extraction/gold.json). Matching rule (one-to-one, greedy in gold
//    order): a predicted claim matches a gold claim when its [start, end) span covers the gold
//    anchor's span in the parsed body AND its normalised text contains the gold key
//    (case-insensitive, spaces collapsed). Type agreement is reported, not required.
//  - ClaimBuster (../shared/data/claimbuster/, read at run time, never copied): a sentence is
//    predicted factual when extractClaims() returns at least one claim; factual = Verdict 0 or 1.
//    Check-worthy = Verdict 1, predicted when a claim's checkworthiness reaches the threshold.
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { parse } from "csv-parse/sync";
import { extractArticle, extractClaims, type ExtractedClaim } from "@/lib/extraction";
import { CHECKWORTHY_THRESHOLD } from "@/lib/extraction/score";

export const ROOT = path.resolve(__dirname, "../..");
/** Our development set: the seeds and articles we wrote while building the extractor (tuned on). */
export const DEVELOPMENT_GOLD = path.join(ROOT, "tests/fixtures/extraction/gold.json");
/** A second development set, written without sight of the extractor, to tune on besides the first. */
export const DEVELOPMENT_GOLD_2 = path.join(ROOT, "tests/fixtures/extraction/development-2/gold.json");
/** Written independently by someone who never saw the extractor; measured, never tuned on. */
export const HELD_OUT_GOLD = path.join(ROOT, "tests/fixtures/extraction/heldout/gold.json");
export const CLAIMBUSTER = path.resolve(ROOT, "../shared/data/claimbuster");

interface GoldClaim {
  anchor: string;
  key: string;
  type: string;
}
interface GoldArticle {
  file: string;
  claims: GoldClaim[];
}

export interface GoldArticleResult {
  file: string;
  body: string;
  expected: number;
  matched: number;
  missed: string[];
  extra: string[];
  claims: ExtractedClaim[];
}

export interface GoldResult {
  articles: GoldArticleResult[];
  expected: number;
  predicted: number;
  matched: number;
  typeAgreement: number;
  precision: number;
  recall: number;
  f1: number;
  /** Unmatched predictions as a share of the gold claims. */
  extraShare: number;
}

const norm = (s: string) => s.toLowerCase().replace(/\s+/g, " ").trim();
export const f1 = (p: number, r: number) => (p + r === 0 ? 0 : (2 * p * r) / (p + r));

export function evaluateGold(goldFile = DEVELOPMENT_GOLD): GoldResult {
  const gold = JSON.parse(readFileSync(goldFile, "utf8")) as { articles: GoldArticle[] };
  const articles: GoldArticleResult[] = [];
  let typeOk = 0;
  for (const article of gold.articles) {
    const { article: parsed, claims } = extractArticle(readFileSync(path.join(ROOT, article.file), "utf8"));
    const used = new Set<number>();
    const missed: string[] = [];
    for (const g of article.claims) {
      const at = parsed.body.indexOf(g.anchor);
      if (at < 0) throw new Error(`${article.file}: gold anchor not in body: ${g.anchor}`);
      const end = at + g.anchor.length;
      const hit = claims.findIndex((c, i) => !used.has(i) && c.start <= at && c.end >= end && norm(c.text).includes(norm(g.key)));
      if (hit < 0) missed.push(`${g.key} (${g.anchor})`);
      else {
        used.add(hit);
        if (claims[hit]!.type === g.type) typeOk++;
      }
    }
    const extra = claims.filter((_, i) => !used.has(i)).map((c) => c.text);
    articles.push({ file: article.file, body: parsed.body, expected: article.claims.length, matched: used.size, missed, extra, claims });
  }
  const expected = articles.reduce((n, a) => n + a.expected, 0);
  const matched = articles.reduce((n, a) => n + a.matched, 0);
  const predicted = articles.reduce((n, a) => n + a.claims.length, 0);
  const precision = predicted ? matched / predicted : 0;
  const recall = expected ? matched / expected : 0;
  return {
    articles,
    expected,
    predicted,
    matched,
    typeAgreement: matched ? typeOk / matched : 0,
    precision,
    recall,
    f1: f1(precision, recall),
    extraShare: (predicted - matched) / Math.max(1, expected),
  };
}

export interface ClaimBusterRow {
  Sentence_id: string;
  Text: string;
  Verdict: string;
}

export function loadClaimBuster(name: string): ClaimBusterRow[] | null {
  const file = path.join(CLAIMBUSTER, name);
  if (!existsSync(file)) return null;
  return parse(readFileSync(file, "utf8"), { columns: true, skip_empty_lines: true }) as ClaimBusterRow[];
}

/** A sentence compared by letters and digits only, so a copy differing in quotes or spacing is the same. */
export function sentenceKey(text: string): string {
  return text.toLowerCase().replace(/[^a-z0-9]/g, "");
}

/** The crowd labels kept out of the factuality model's fit, for its threshold and for tuning. */
export function isTuningTenth(sentenceId: string): boolean {
  return Number(sentenceId) % 10 === 0;
}

/** The tenth of the crowd labels the factuality model was not trained on, expert sentences removed. */
export function crowdValidation(): ClaimBusterRow[] | null {
  const crowd = loadClaimBuster("crowdsourced.csv");
  const expert = loadClaimBuster("groundtruth.csv") ?? [];
  if (!crowd) return null;
  const expertTexts = new Set(expert.map((r) => sentenceKey(r.Text)));
  return crowd.filter((r) => isTuningTenth(r.Sentence_id) && !expertTexts.has(sentenceKey(r.Text)));
}

export interface SentenceScores {
  sentences: number;
  factual: { precision: number; recall: number; f1: number };
  checkworthy: { precision: number; recall: number; f1: number };
}

export function evaluateSentences(rows: ClaimBusterRow[]): SentenceScores {
  const c = { tp: 0, fp: 0, fn: 0 };
  const w = { tp: 0, fp: 0, fn: 0 };
  for (const row of rows) {
    const verdict = Number(row.Verdict);
    const claims = extractClaims(row.Text);
    const factual = verdict === 0 || verdict === 1;
    const said = claims.length > 0;
    if (said && factual) c.tp++;
    else if (said) c.fp++;
    else if (factual) c.fn++;
    const worthy = claims.some((x) => x.checkworthiness >= CHECKWORTHY_THRESHOLD);
    if (worthy && verdict === 1) w.tp++;
    else if (worthy) w.fp++;
    else if (verdict === 1) w.fn++;
  }
  const scores = (m: { tp: number; fp: number; fn: number }) => {
    const precision = m.tp / Math.max(1, m.tp + m.fp);
    const recall = m.tp / Math.max(1, m.tp + m.fn);
    return { precision, recall, f1: f1(precision, recall) };
  };
  return { sentences: rows.length, factual: scores(c), checkworthy: scores(w) };
}
