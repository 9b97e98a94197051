// A throwaway benchmark database of realistic, varied news claims (1,000,000 claims in 50,000
// articles by default), shared by every `npm run bench:*` script.
//
// The corpus is deterministic (seeded) and built once per (options, migrations) into a template
// database; later runs clone the template with CREATE DATABASE … TEMPLATE, which takes seconds.
// Only the base columns are filled: a feature's derived data (tsvector columns kept by triggers,
// entity tables, …) is computed by that feature's own trigger or backfill, as in production.
import { createHash } from "node:crypto";
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { Client } from "pg";
import { hashPassword } from "@/lib/auth/password";
import { runMigrations } from "@/lib/migrations/run-migrations";
import { ARTICLE_VOCABULARY as V } from "./bench-vocabulary";

export interface BenchCorpusOptions {
  /** Part of the database names: "desk", "crossref", "export". */
  name: string;
  articles?: number;
  claimsPerArticle?: number;
  /** Share of claims that are VERIFIED with a verdict, a finding and 1–2 evidence items. */
  verifiedFraction?: number;
  seed?: number;
  /** Rebuild the template even when one exists. */
  fresh?: boolean;
  log?: (line: string) => void;
}

export interface BenchDatabase {
  url: string;
  articles: number;
  claims: number;
  /** Every bench user signs in with this password (editorNN@bench.test, admin@bench.test). */
  password: string;
  editorEmails: string[];
  drop: () => Promise<void>;
}

export const BENCH_PASSWORD = "bench-password";
const GENERATOR_VERSION = "1";
const BATCH = 5_000;

export async function createBenchDatabase(options: BenchCorpusOptions): Promise<BenchDatabase> {
  const o = {
    articles: 50_000,
    claimsPerArticle: 20,
    verifiedFraction: 0.1,
    seed: 20261201,
    fresh: process.env.BENCH_FRESH === "1",
    log: (line: string) => console.log(line),
    ...options,
  };
  const base = process.env.TEST_DATABASE_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres";
  const key = await templateKey(o);
  const template = `claimdesk_benchtpl_${o.name}_${key}`.toLowerCase();
  const admin = new Client({ connectionString: base });
  await admin.connect();
  try {
    const exists = await databaseExists(admin, template);
    if (exists && o.fresh) await admin.query(`DROP DATABASE "${template}" WITH (FORCE)`);
    if (!exists || o.fresh) {
      // Older templates of this bench (other options or migrations) only take disk space.
      const stale = await admin.query<{ datname: string }>(
        `SELECT datname FROM pg_database WHERE datname LIKE $1 AND datname <> $2`,
        [`claimdesk_benchtpl_${o.name}_%`, template],
      );
      for (const { datname } of stale.rows) await admin.query(`DROP DATABASE "${datname}" WITH (FORCE)`);
      const building = `${template}_building`;
      await admin.query(`DROP DATABASE IF EXISTS "${building}" WITH (FORCE)`);
      await admin.query(`CREATE DATABASE "${building}"`);
      const started = Date.now();
      await fillCorpus(withDatabase(base, building), o);
      await admin.query(`ALTER DATABASE "${building}" RENAME TO "${template}"`);
      o.log(`bench corpus: built template ${template} in ${((Date.now() - started) / 1000).toFixed(0)} s`);
    } else {
      o.log(`bench corpus: reusing template ${template} (BENCH_FRESH=1 rebuilds it)`);
    }
    const name = `claimdesk_bench_${o.name}_${process.pid}`.toLowerCase();
    await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    await admin.query(`CREATE DATABASE "${name}" TEMPLATE "${template}"`);
    const url = withDatabase(base, name);
    return {
      url,
      articles: o.articles,
      claims: o.articles * o.claimsPerArticle,
      password: BENCH_PASSWORD,
      editorEmails: V.editorNames.map((_, i) => editorEmail(i)),
      drop: async () => {
        const client = new Client({ connectionString: base });
        await client.connect();
        try {
          await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
        } finally {
          await client.end();
        }
      },
    };
  } finally {
    await admin.end();
  }
}

type Resolved = Required<Omit<BenchCorpusOptions, "fresh">> & { fresh: boolean };

async function fillCorpus(url: string, o: Resolved): Promise<void> {
  await runMigrations(url);
  const db = new Client({ connectionString: url });
  await db.connect();
  try {
    // Bulk loading is several times faster without secondary indexes; they are rebuilt after.
    const indexes = await db.query<{ indexname: string; indexdef: string }>(
      `SELECT indexname, indexdef FROM pg_indexes
        WHERE schemaname = 'public' AND tablename IN ('articles', 'claims', 'evidence', 'audit_log')
          AND indexname NOT LIKE '%\\_pkey'`,
    );
    for (const { indexname } of indexes.rows) await db.query(`DROP INDEX "${indexname}"`);

    const rng = mulberry32(o.seed);
    const users = await insertUsers(db);
    const generator = new CorpusGenerator(rng, users, o);
    let claims = 0;
    for (let first = 0; first < o.articles; first += BATCH / o.claimsPerArticle) {
      const count = Math.min(BATCH / o.claimsPerArticle, o.articles - first);
      const batch = generator.articles(first, count);
      await db.query("BEGIN");
      await insertJson(db, "articles", ARTICLE_COLUMNS, batch.articles);
      await insertJson(db, "claims", CLAIM_COLUMNS, batch.claims);
      if (batch.evidence.length) await insertJson(db, "evidence", EVIDENCE_COLUMNS, batch.evidence);
      if (batch.audit.length) await insertJson(db, "audit_log", AUDIT_COLUMNS, batch.audit);
      await db.query("COMMIT");
      claims += batch.claims.length;
      if ((first / count) % 20 === 0) o.log(`bench corpus: ${claims.toLocaleString("en")} claims…`);
    }
    o.log("bench corpus: rebuilding indexes…");
    await db.query("SET maintenance_work_mem = '512MB'");
    for (const { indexdef } of indexes.rows) await db.query(indexdef);
    await db.query("VACUUM ANALYZE");
  } finally {
    await db.end();
  }
}

const ARTICLE_COLUMNS = ["id", "title", "author", "outlet", "publishedAt", "sourceUrl", "body", "contentHash", "sourceFormat", "importedById", "importedAt", "updatedAt"];
const CLAIM_COLUMNS = [
  "id", "articleId", "text", "quote", "start", "end", "type", "checkworthiness",
  "quantityValue", "quantityUnit", "quantityComparator", "quantityPeriod", "moneyAmount", "moneyCurrency",
  "speaker", "attributionCue", "entities", "status", "verdict", "reviewNote", "assigneeId", "reviewerId",
  "reviewedAt", "version", "createdAt", "updatedAt",
];
const EVIDENCE_COLUMNS = ["id", "claimId", "url", "title", "excerpt", "stance", "addedById", "createdAt"];
const AUDIT_COLUMNS = ["at", "actorId", "action", "entityType", "entityId", "before", "after"];

async function insertJson(db: Client, table: string, columns: string[], rows: object[]): Promise<void> {
  const list = columns.map((c) => `"${c}"`).join(", ");
  // json_populate_recordset types each column from the table itself (enums, jsonb, timestamps);
  // columns that later migrations add keep their defaults.
  await db.query(`INSERT INTO "${table}" (${list}) SELECT ${list} FROM json_populate_recordset(NULL::"${table}", $1)`, [
    JSON.stringify(rows),
  ]);
}

interface BenchUsers {
  adminId: string;
  editorIds: string[];
}

async function insertUsers(db: Client): Promise<BenchUsers> {
  const passwordHash = await hashPassword(BENCH_PASSWORD);
  const adminId = "bench_admin";
  const editorIds = V.editorNames.map((_, i) => `bench_editor_${i}`);
  const rows = [
    { id: adminId, email: "admin@bench.test", name: "Bench Admin", passwordHash, role: "ADMIN" },
    ...editorIds.map((id, i) => ({ id, email: editorEmail(i), name: V.editorNames[i], passwordHash, role: "EDITOR" })),
    { id: "bench_viewer", email: "viewer@bench.test", name: "Bench Viewer", passwordHash, role: "VIEWER" },
  ];
  await insertJson(db, "users", ["id", "email", "name", "passwordHash", "role"], rows);
  return { adminId, editorIds };
}

function editorEmail(i: number): string {
  return `editor${String(i + 1).padStart(2, "0")}@bench.test`;
}

type Row = Record<string, unknown>;

class CorpusGenerator {
  private nextId = 0;
  constructor(
    private rng: () => number,
    private users: BenchUsers,
    private o: Resolved,
  ) {}

  articles(first: number, count: number) {
    const out = { articles: [] as Row[], claims: [] as Row[], evidence: [] as Row[], audit: [] as Row[] };
    for (let n = first; n < first + count; n++) this.article(n, out);
    return out;
  }

  private article(n: number, out: { articles: Row[]; claims: Row[]; evidence: Row[]; audit: Row[] }) {
    const r = this.rng;
    const topicOrg = this.org();
    const published = new Date(Date.UTC(2012, 0, 1) + Math.floor(r() * 14 * 365) * 86_400_000 + Math.floor(r() * 86_400_000));
    const imported = new Date(Date.UTC(2025, 0, 1) + Math.floor(r() * 700 * 86_400_000) + n);
    const outlet = pick(r, V.outlets);
    const articleId = this.id("a");
    const title = `${topicOrg} ${pick(r, V.headlineVerbs)} ${pick(r, V.headlineTopics)} in ${pick(r, V.places)}${
      r() < 0.2 ? `, ${pick(r, V.headlineTails)}` : ""
    }`;
    let body = `${title}.\n\n`;
    for (let i = 0; i < this.o.claimsPerArticle; i++) {
      const claim = this.claim(topicOrg, published);
      if (r() < 0.6) body += `${pick(r, V.filler)} `;
      const start = body.length;
      body += claim.quote;
      const end = body.length;
      body += r() < 0.3 ? "\n\n" : " ";
      const row = this.claimRow(claim, articleId, start, end, imported);
      out.claims.push(row);
      if (row.status === "VERIFIED") this.review(row, outlet, out);
    }
    out.articles.push({
      id: articleId,
      title,
      author: r() < 0.85 ? this.person() : null,
      outlet,
      publishedAt: r() < 0.95 ? published.toISOString() : null,
      sourceUrl: `https://${outletDomain(outlet)}/${published.getUTCFullYear()}/${slug(title)}-${n}`,
      body,
      contentHash: createHash("sha256").update(`${n}:${body}`).digest("hex"),
      sourceFormat: pick(this.rng, ["plain", "tagged", "markdown", "json", "form"]),
      importedById: pick(r, this.users.editorIds),
      importedAt: imported.toISOString(),
      updatedAt: imported.toISOString(),
    });
  }

  private claim(topicOrg: string, published: Date): GeneratedClaim {
    const r = this.rng;
    const org = r() < 0.5 ? topicOrg : this.org();
    const year = String(published.getUTCFullYear() - Math.floor(r() * 3));
    const speaker = r() < 0.45 ? this.person() : null;
    const cue = pick(r, V.cues);
    const product = pick(r, V.products);
    const place = pick(r, V.places);
    const kind = pick(r, V.claimKinds);
    const approx = r() < 0.35 ? pick(r, V.comparators) : null;
    const entities: Array<{ text: string; kind: string }> = [{ text: org, kind: "organization" }];
    if (speaker) entities.push({ text: speaker, kind: "person" });
    let text: string;
    let quantity: GeneratedClaim["quantity"] = null;
    let money: GeneratedClaim["money"] = null;
    switch (kind) {
      case "QUANTITY": {
        const value = Math.round((1 + r() * 300) * 10) / 10;
        text = `${org} ${pick(r, V.pastVerbs)} ${approx ? `${approx} ` : ""}${value} million ${product} in ${year}`;
        quantity = { value: value * 1e6, unit: product, comparator: approx, period: year };
        break;
      }
      case "PERCENTAGE": {
        const value = Math.round(r() * 990) / 10;
        const metric = pick(r, V.metrics);
        text = `${upperFirst(metric)} of ${org} in ${place} ${pick(r, V.moveVerbs)} ${approx ? `${approx} ` : ""}${value}% in ${year}`;
        quantity = { value, unit: "%", comparator: approx, period: year };
        entities.push({ text: place, kind: "place" });
        break;
      }
      case "MONEY": {
        const value = Math.round((0.1 + r() * 90) * 10) / 10;
        const currency = pick(r, V.currencies);
        text = `${org} reported ${pick(r, V.moneyNouns)} of ${approx ? `${approx} ` : ""}${currency.symbol}${value} billion in ${year}`;
        money = { amount: value * 1e9, currency: currency.code };
        quantity = { value: value * 1e9, unit: currency.code, comparator: approx, period: year };
        break;
      }
      case "DATE_EVENT": {
        const person = this.person();
        text = `${person} ${pick(r, V.eventVerbs)} ${org} in ${pick(r, V.months)} ${year}`;
        entities.push({ text: person, kind: "person" });
        break;
      }
      case "PREDICTION": {
        const value = Math.round((1 + r() * 200) * 10) / 10;
        const target = String(Number(year) + 1 + Math.floor(r() * 3));
        text = `${org} expects to ${pick(r, V.futureVerbs)} ${approx ? `${approx} ` : ""}${value} million ${product} by ${target}`;
        quantity = { value: value * 1e6, unit: product, comparator: approx, period: target };
        break;
      }
      case "COMPARISON": {
        const other = this.org();
        const factor = 2 + Math.floor(r() * 8);
        text = `${org} ${pick(r, V.pastVerbs)} ${factor} times as many ${product} as ${other} in ${place}`;
        entities.push({ text: other, kind: "organization" }, { text: place, kind: "place" });
        quantity = { value: factor, unit: "times", comparator: null, period: year };
        break;
      }
      case "RANKING": {
        text = `${org} is the ${pick(r, V.ordinals)} maker of ${product} in ${place}`;
        entities.push({ text: place, kind: "place" });
        break;
      }
      default: {
        const other = this.org();
        text = `${org} ${pick(r, V.plans)} ${place} with ${other}`;
        entities.push({ text: other, kind: "organization" }, { text: place, kind: "place" });
      }
    }
    const quote = speaker
      ? r() < 0.5
        ? `${speaker} ${cue} ${lowerFirst(text)}.`
        : `${text}, ${cue === "according to" ? `according to ${speaker}` : `${speaker} ${cue}`}.`
      : `${text}.`;
    return {
      kind: kind === "ATTRIBUTION" || (speaker && r() < 0.3) ? "ATTRIBUTION" : kind,
      text,
      quote,
      quantity,
      money,
      speaker,
      cue: speaker ? cue : null,
      entities,
    };
  }

  private claimRow(c: GeneratedClaim, articleId: string, start: number, end: number, imported: Date): Row {
    const r = this.rng;
    const roll = r();
    const status =
      roll < this.o.verifiedFraction ? "VERIFIED" : roll < this.o.verifiedFraction + 0.05 ? "IN_REVIEW" : roll < this.o.verifiedFraction + 0.1 ? "DISMISSED" : "UNREVIEWED";
    const reviewed = status === "VERIFIED" || status === "DISMISSED";
    const reviewedAt = reviewed ? new Date(imported.getTime() + Math.floor(r() * 20 * 86_400_000)) : null;
    const assigned = status !== "UNREVIEWED" || r() < 0.2;
    return {
      id: this.id("c"),
      articleId,
      text: c.text,
      quote: c.quote,
      start,
      end,
      type: c.kind,
      checkworthiness: Math.round((0.4 + r() * 0.6) * 100) / 100,
      quantityValue: c.quantity?.value ?? null,
      quantityUnit: c.quantity?.unit ?? null,
      quantityComparator: c.quantity?.comparator ?? null,
      quantityPeriod: c.quantity?.period ?? null,
      moneyAmount: c.money?.amount ?? null,
      moneyCurrency: c.money?.currency ?? null,
      speaker: c.speaker,
      attributionCue: c.cue,
      entities: c.entities,
      status,
      verdict: status === "VERIFIED" ? pick(r, V.verdicts) : null,
      reviewNote: status === "VERIFIED" ? `${pick(r, V.findings)} ${pick(r, V.findingSources)}.` : null,
      assigneeId: assigned ? pick(r, this.users.editorIds) : null,
      reviewerId: reviewed ? pick(r, this.users.editorIds) : null,
      reviewedAt: reviewedAt?.toISOString() ?? null,
      version: reviewed ? 2 : 1,
      createdAt: imported.toISOString(),
      updatedAt: (reviewedAt ?? imported).toISOString(),
    };
  }

  private review(claim: Row, outlet: string, out: { evidence: Row[]; audit: Row[] }) {
    const r = this.rng;
    const items = 1 + (r() < 0.4 ? 1 : 0);
    for (let i = 0; i < items; i++) {
      const source = pick(r, V.evidenceSources);
      out.evidence.push({
        id: this.id("e"),
        claimId: claim.id,
        url: `https://${source.domain}/${pick(r, V.evidencePaths)}/${this.nextId}`,
        title: `${source.name}: ${pick(r, V.evidenceTitles)}`,
        excerpt: i === 0 ? `${pick(r, V.findings)}` : null,
        stance: pick(r, ["SUPPORTS", "REFUTES", "CONTEXT"]),
        addedById: claim.reviewerId,
        createdAt: claim.reviewedAt,
      });
    }
    out.audit.push({
      at: claim.reviewedAt,
      actorId: claim.reviewerId,
      action: "claim.review",
      entityType: "claim",
      entityId: claim.id,
      before: { status: "IN_REVIEW", verdict: null, note: null, version: 1 },
      after: { status: "VERIFIED", verdict: claim.verdict, note: claim.reviewNote, version: 2, outlet },
    });
  }

  /** Skewed picks: a few people and companies are in the news far more than the rest. */
  private person(): string {
    const r = this.rng;
    const i = Math.floor(V.firstNames.length * V.lastNames.length * r() ** 2.5);
    return `${V.firstNames[i % V.firstNames.length]} ${V.lastNames[Math.floor(i / V.firstNames.length)]}`;
  }

  private org(): string {
    const r = this.rng;
    const i = Math.floor(V.orgStems.length * V.orgSuffixes.length * r() ** 2);
    return `${V.orgStems[i % V.orgStems.length]} ${V.orgSuffixes[Math.floor(i / V.orgStems.length)]}`;
  }

  private id(prefix: string): string {
    this.nextId += 1;
    // cuid-like: a random-looking prefix so ids do not sort in insertion order.
    const scramble = (Math.imul(this.nextId, 2654435761) >>> 0).toString(36).padStart(7, "0");
    return `${prefix}${scramble}${this.nextId.toString(36).padStart(8, "0")}bench`;
  }
}

interface GeneratedClaim {
  kind: string;
  text: string;
  quote: string;
  quantity: { value: number; unit: string; comparator: string | null; period: string } | null;
  money: { amount: number; currency: string } | null;
  speaker: string | null;
  cue: string | null;
  entities: Array<{ text: string; kind: string }>;
}

function pick<T>(rng: () => number, list: readonly T[]): T {
  return list[Math.floor(rng() * list.length)]!;
}

function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

function lowerFirst(s: string): string {
  return /^[A-Z][a-z]/.test(s) && !/^[A-Z][a-z]+ [A-Z]/.test(s) ? s[0]!.toLowerCase() + s.slice(1) : s;
}

function upperFirst(s: string): string {
  return s[0]!.toUpperCase() + s.slice(1);
}

function slug(s: string): string {
  return s.toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "").slice(0, 60);
}

function outletDomain(outlet: string): string {
  return `${slug(outlet).replace(/-/g, "")}.example`;
}

async function templateKey(o: Resolved): Promise<string> {
  const dir = path.join(process.cwd(), "prisma", "migrations");
  const hash = createHash("sha256").update(GENERATOR_VERSION);
  hash.update(JSON.stringify([o.articles, o.claimsPerArticle, o.verifiedFraction, o.seed]));
  for (const entry of (await readdir(dir)).sort()) {
    if (entry.endsWith(".toml")) continue;
    hash.update(entry).update(await readFile(path.join(dir, entry, "migration.sql")));
  }
  return hash.digest("hex").slice(0, 10);
}

async function databaseExists(admin: Client, name: string): Promise<boolean> {
  const { rowCount } = await admin.query(`SELECT 1 FROM pg_database WHERE datname = $1`, [name]);
  return (rowCount ?? 0) > 0;
}

function withDatabase(url: string, database: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${database}`;
  return parsed.toString();
}
