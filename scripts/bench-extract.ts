// Quality and speed report for the claim extractor: `npm run bench:extract`.
//  1. Gold set (tests/fixtures/extraction/gold.json): precision, recall and F1 of extractArticle()
//     on the seeds and our own articles. Matching rule (one-to-one, greedy in gold order): a
//     predicted claim matches a gold claim when its [start, end) span covers the gold anchor's
//     span in the parsed body AND its normalised text contains the gold key (case-insensitive,
//     spaces collapsed). Type agreement is reported separately, not required for a match.
//  2. ClaimBuster (../shared/data/claimbuster/, read at run time, never copied): sentence-level
//     F1, where a sentence is predicted factual when extractClaims() returns at least one claim.
//     Factual = Verdict 0 or 1; check-worthy = Verdict 1 vs the rest, predicted when the best
//     claim's checkworthiness reaches CHECKWORTHY_THRESHOLD. Tuning used crowdsourced.csv only;
//     groundtruth.csv (expert labels) is the reported figure.
//  3. Throughput: 800-word articles per second on one core, and the ratio to wink-nlp's bare
//     readDoc pass over the same text.
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { parse } from "csv-parse/sync";
import { extractArticle, extractClaims, type ExtractedClaim } from "@/lib/extraction";
import { tokenizeOnly } from "@/lib/extraction/nlp";
import { CHECKWORTHY_THRESHOLD } from "@/lib/extraction/score";

const ROOT = path.resolve(__dirname, "..");
const GOLD = path.join(ROOT, "tests/fixtures/extraction/gold.json");
const CLAIMBUSTER = path.resolve(ROOT, "../shared/data/claimbuster");

interface GoldClaim {
  anchor: string;
  key: string;
  type: string;
}
interface GoldArticle {
  file: string;
  claims: GoldClaim[];
}

const norm = (s: string) => s.toLowerCase().replace(/\s+/g, " ").trim();
const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
const f1 = (p: number, r: number) => (p + r === 0 ? 0 : (2 * p * r) / (p + r));

function goldSection(): { texts: string[] } {
  const gold = JSON.parse(readFileSync(GOLD, "utf8")) as { articles: GoldArticle[] };
  let tp = 0;
  let predicted = 0;
  let expected = 0;
  let typeOk = 0;
  const texts: string[] = [];
  const allClaims: ExtractedClaim[] = [];
  console.log("== Gold set (seeds + own articles) ==");
  for (const article of gold.articles) {
    const { article: parsed, claims } = extractArticle(readFileSync(path.join(ROOT, article.file), "utf8"));
    texts.push(parsed.body);
    allClaims.push(...claims);
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
    tp += used.size;
    predicted += claims.length;
    expected += article.claims.length;
    console.log(`${path.basename(article.file).padEnd(34)} gold ${String(article.claims.length).padStart(2)}  found ${String(used.size).padStart(2)}  extra ${extra.length}`);
    for (const m of missed) console.log(`    missed: ${m}`);
    for (const x of extra) console.log(`    extra:  ${x}`);
  }
  const p = predicted ? tp / predicted : 0;
  const r = expected ? tp / expected : 0;
  console.log(`gold claims ${expected}, predicted ${predicted}, matched ${tp}`);
  console.log(`precision ${pct(p)}  recall ${pct(r)}  F1 ${pct(f1(p, r))}  extra ${pct((predicted - tp) / Math.max(1, expected))} of gold  type agreement ${pct(tp ? typeOk / tp : 0)}`);
  const has = (re: RegExp) => allClaims.some((c) => re.test(c.text));
  console.log(`"20 million handsets in 2013" present: ${has(/20 million handsets in 2013/i) ? "yes" : "NO"};  "under 5% … online" present: ${has(/under 5%.*online/i) ? "yes" : "NO"}`);
  return { texts };
}

interface Row {
  Text: string;
  Verdict: string;
}

function claimBusterFile(name: string, label: string): void {
  const file = path.join(CLAIMBUSTER, name);
  if (!existsSync(file)) {
    console.log(`${name}: not found, skipped`);
    return;
  }
  const rows = parse(readFileSync(file, "utf8"), { columns: true, skip_empty_lines: true }) as Row[];
  const c = { tp: 0, fp: 0, fn: 0, tn: 0 };
  const w = { tp: 0, fp: 0, fn: 0 };
  for (const row of rows) {
    const verdict = Number(row.Verdict);
    const claims = extractClaims(row.Text);
    const factual = verdict === 0 || verdict === 1;
    const said = claims.length > 0;
    if (said && factual) c.tp++;
    else if (said) c.fp++;
    else if (factual) c.fn++;
    else c.tn++;
    const worthy = claims.some((x) => x.checkworthiness >= CHECKWORTHY_THRESHOLD);
    if (worthy && verdict === 1) w.tp++;
    else if (worthy) w.fp++;
    else if (verdict === 1) w.fn++;
  }
  const p = c.tp / Math.max(1, c.tp + c.fp);
  const r = c.tp / Math.max(1, c.tp + c.fn);
  const wp = w.tp / Math.max(1, w.tp + w.fp);
  const wr = w.tp / Math.max(1, w.tp + w.fn);
  console.log(
    `${label.padEnd(28)} ${String(rows.length).padStart(6)} sentences  factual-vs-non-factual F1 ${f1(p, r).toFixed(3)} (P ${p.toFixed(3)} R ${r.toFixed(3)})  check-worthy F1 ${f1(wp, wr).toFixed(3)} (P ${wp.toFixed(3)} R ${wr.toFixed(3)})`,
  );
}

function claimBusterSection(): void {
  console.log("\n== ClaimBuster (sentence level; positive = has at least one claim) ==");
  if (!existsSync(CLAIMBUSTER)) {
    console.log(`${CLAIMBUSTER} not found: ClaimBuster section skipped`);
    return;
  }
  claimBusterFile("groundtruth.csv", "groundtruth.csv (reported)");
  claimBusterFile("crowdsourced.csv", "crowdsourced.csv (tuning)");
}

/** 800-word articles cut from the gold bodies, repeated in rotation. */
function articles800(texts: string[]): string[] {
  const words = texts.join("\n\n").split(/(?<=\s)/);
  const out: string[] = [];
  for (let start = 0; out.length < 20; start = (start + 397) % words.length) {
    let text = "";
    let n = 0;
    for (let i = start; n < 800; i = (i + 1) % words.length) {
      text += words[i];
      if (/\S/.test(words[i] ?? "")) n++;
    }
    out.push(text);
  }
  return out;
}

function timeIt(fn: (text: string) => unknown, texts: string[], seconds: number): number {
  for (const t of texts.slice(0, 3)) fn(t);
  let n = 0;
  const t0 = performance.now();
  while (performance.now() - t0 < seconds * 1000) {
    fn(texts[n % texts.length]!);
    n++;
  }
  return n / ((performance.now() - t0) / 1000);
}

function throughputSection(texts: string[]): void {
  console.log("\n== Throughput (one core, 800-word articles) ==");
  const docs = articles800(texts);
  const full = timeIt((t) => extractClaims(t), docs, 4);
  const bare = timeIt((t) => tokenizeOnly(t), docs, 3);
  console.log(`extractClaims: ${full.toFixed(0)} articles/s  (${((full * 800) / 1000).toFixed(0)}k words/s)`);
  console.log(`wink-nlp readDoc alone: ${bare.toFixed(0)} articles/s`);
  console.log(`ratio extractor / readDoc: ${(full / bare).toFixed(2)} (extraction costs ${(bare / full).toFixed(2)}x a bare wink pass)`);
}

const { texts } = goldSection();
claimBusterSection();
throughputSection(texts);
