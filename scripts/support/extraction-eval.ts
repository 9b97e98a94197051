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
/** A third, written without sight of the extractor (eight articles, 2026-12-07); measured blind once, then tuned on. */
export const DEVELOPMENT_GOLD_3 = path.join(ROOT, "tests/fixtures/extraction/development-3/gold.json");
/** Written blind by a fourth session (2026-12-08); measured once before any tuning on it. */
export const DEVELOPMENT_GOLD_4 = path.join(ROOT, "tests/fixtures/extraction/development-4/gold.json");
/** Written independently by someone who never saw the extractor; measured, never tuned on. */
export const HELD_OUT_GOLD = path.join(ROOT, "tests/fixtures/extraction/heldout/gold.json");
/**
 * The shared data sets live beside the checkout (`../shared/data`); a git worktree sits one level
 * deeper (`/work/wt/<name>`), so look there too. `CLAIMDESK_DATA` overrides both.
 */
export function sharedData(name: string): string {
  const candidates = [process.env.CLAIMDESK_DATA, path.resolve(ROOT, "../shared/data"), path.resolve(ROOT, "../../shared/data")].filter(Boolean) as string[];
  const base = candidates.find((c) => existsSync(path.join(c, name))) ?? candidates[candidates.length - 1]!;
  return path.join(base, name);
}
export const CLAIMBUSTER = sharedData("claimbuster");

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

// ---- News development data: PolNeAR (attributed statements) and CheckThat! 2022 1B (tweets) ----
// Both read at run time from ../shared/data/ (never copied). Tune on train, report on dev.

export const POLNEAR = sharedData("polnear");
export const CHECKTHAT = sharedData("checkthat22-1b");

interface Fragment {
  start: number;
  end: number;
  text: string;
}
export interface PolnearAttribution {
  type: string;
  source: Fragment[];
  cue: Fragment[];
  content: Fragment[];
}
export interface PolnearArticle {
  article_id: string;
  text: string;
  attributions: PolnearAttribution[];
}

/** One annotator per article (the first row), so agreement-check articles are not counted five times. */
export function loadPolnear(split: "train" | "dev", limit = Infinity): PolnearArticle[] | null {
  const file = path.join(POLNEAR, `polnear_${split}.jsonl`);
  if (!existsSync(file)) return null;
  const seen = new Set<string>();
  const out: PolnearArticle[] = [];
  for (const line of readFileSync(file, "utf8").split("\n")) {
    if (!line.trim() || out.length >= limit) continue;
    const row = JSON.parse(line) as PolnearArticle;
    if (seen.has(row.article_id)) continue;
    seen.add(row.article_id);
    out.push(row);
  }
  return out;
}

/** Letters and digits of a name, lower-cased, as a set of words (titles and articles dropped). */
const SOURCE_STOP = new Set(["the", "a", "an", "mr", "mrs", "ms", "dr", "of", "s", "and", "his", "her", "their", "its"]);
function nameWords(s: string): string[] {
  return s.toLowerCase().replace(/[’']s\b/g, "").split(/[^a-z0-9]+/).filter((w) => w && !SOURCE_STOP.has(w));
}

/** The speaker as written matches the gold source when they share the head word (the last word of either). */
export function sameSource(predicted: string, gold: string): boolean {
  const p = nameWords(predicted);
  const g = nameWords(gold);
  if (!p.length || !g.length) return false;
  const ps = new Set(p);
  const gs = new Set(g);
  return gs.has(p[p.length - 1]!) || ps.has(g[g.length - 1]!);
}

export interface PolnearScores {
  articles: number;
  attributions: number;
  found: number;
  withSource: number;
  rightSource: number;
  claimsPerArticle: number;
  /** Claims that carry an attribution, per article. */
  attributedPerArticle: number;
}

/**
 * An attributed statement is found when one claim's quote covers at least half of its content's
 * characters; its source is right when that claim's speaker (as written, or the resolved name)
 * shares the head word of the annotated source ("Mr. VandeHei" ~ "VandeHei", "officials").
 */
export function evaluatePolnear(articles: PolnearArticle[]): PolnearScores {
  let attributions = 0;
  let found = 0;
  let withSource = 0;
  let rightSource = 0;
  let claims = 0;
  let attributed = 0;
  for (const art of articles) {
    const predicted = extractClaims(art.text);
    claims += predicted.length;
    attributed += predicted.filter((c) => c.attribution).length;
    for (const at of art.attributions) {
      if (!at.content.length) continue;
      attributions++;
      const size = at.content.reduce((n, f) => n + f.end - f.start, 0);
      const overlap = (c: ExtractedClaim) =>
        at.content.reduce((n, f) => n + Math.max(0, Math.min(f.end, c.end) - Math.max(f.start, c.start)), 0);
      let best: ExtractedClaim | null = null;
      let bestOverlap = 0;
      for (const c of predicted) {
        const o = overlap(c);
        if (o > bestOverlap) {
          best = c;
          bestOverlap = o;
        }
      }
      if (!best || bestOverlap * 2 < size) continue;
      found++;
      const source = at.source.map((f) => f.text).join(" ");
      if (at.type !== "Attribution" || !source.trim()) continue;
      withSource++;
      // Any claim on this content that names the source counts (a sentence may hold several).
      const covering = predicted.filter((c) => overlap(c) * 2 >= size);
      const right = covering.some((c) => c.attribution && (sameSource(c.attribution.asWritten ?? "", source) || sameSource(c.attribution.speaker, source)));
      if (right) rightSource++;
    }
  }
  return {
    articles: articles.length,
    attributions,
    found,
    withSource,
    rightSource,
    claimsPerArticle: claims / Math.max(1, articles.length),
    attributedPerArticle: attributed / Math.max(1, articles.length),
  };
}

/** CheckThat training rows kept out of the factuality model's fit, for tuning the decision thresholds. */
export function isTuningRow(index: number): boolean {
  return index % 10 === 0;
}

export interface TweetRow {
  text: string;
  label: 0 | 1;
}

const ENTITIES: Record<string, string> = { "&amp;": "&", "&lt;": "<", "&gt;": ">", "&quot;": '"', "&#39;": "'", "&apos;": "'" };

/** Tweets with their HTML entities decoded (a property of the file format, not of the text). */
export function loadCheckThat(split: "train" | "dev"): TweetRow[] | null {
  const file = path.join(CHECKTHAT, `CT22_english_1B_claim_${split}.tsv`);
  if (!existsSync(file)) return null;
  const lines = readFileSync(file, "utf8").split("\n").slice(1);
  const out: TweetRow[] = [];
  for (const line of lines) {
    const cols = line.split("\t");
    if (cols.length < 5) continue;
    const text = (cols[3] ?? "").replace(/&(amp|lt|gt|quot|#39|apos);/g, (m) => ENTITIES[m] ?? m);
    out.push({ text, label: cols[4]?.trim() === "1" ? 1 : 0 });
  }
  return out;
}

export interface BinaryScores {
  rows: number;
  precision: number;
  recall: number;
  f1: number;
  specificity: number;
  /** F1 of calling every row positive, for comparison. */
  allPositiveF1: number;
}

/** A tweet is predicted to contain a verifiable factual claim when extractClaims finds one. */
export function evaluateTweets(rows: TweetRow[]): BinaryScores {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  let tn = 0;
  for (const r of rows) {
    const said = extractClaims(r.text).length > 0;
    if (said && r.label) tp++;
    else if (said) fp++;
    else if (r.label) fn++;
    else tn++;
  }
  const precision = tp / Math.max(1, tp + fp);
  const recall = tp / Math.max(1, tp + fn);
  const positives = tp + fn;
  return {
    rows: rows.length,
    precision,
    recall,
    f1: f1(precision, recall),
    specificity: tn / Math.max(1, tn + fp),
    allPositiveF1: f1(positives / Math.max(1, rows.length), 1),
  };
}
