// Claim extraction from the command line. The contract others depend on:
//   npm run -s claims:extract -- [--lines] [FILE|-]
// default: the whole input is one article (plain, tagged, Markdown or JSON); prints one JSON object
//   {"article":{"title","author","outlet","publishedAt","body"},"claims":[…]}.
// --lines: every input line is an independent text; prints exactly one {"claims":[…]} line per
//   input line, offsets into that line. Streams, so thousands of lines and very long lines work.
// Binary or non-UTF-8 input: a message on stderr and exit status 1. Usage errors: exit status 2.
import { createReadStream, readFileSync } from "node:fs";
import { once } from "node:events";
import { resolve } from "node:path";
import { createInterface } from "node:readline";
import { Transform, type Readable } from "node:stream";
import { extractArticle, extractClaims, InvalidArticleError } from "@/lib/extraction";

const USAGE = "usage: claims:extract [--lines] [FILE|-]";

function fail(message: string, code: number): never {
  process.stderr.write(`claims:extract: ${message}\n`);
  process.exit(code);
}

function decode(bytes: Uint8Array): string {
  if (bytes.includes(0)) fail("input looks binary (it contains NUL bytes); expected UTF-8 text", 1);
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return fail("input is not valid UTF-8 text", 1);
  }
}

function readAll(file: string | null): Uint8Array {
  try {
    return readFileSync(file ?? 0);
  } catch (error) {
    return fail(`cannot read ${file ?? "standard input"}: ${(error as Error).message}`, 1);
  }
}

/** Decodes a byte stream strictly: the first NUL or invalid UTF-8 sequence stops the run. */
function strictUtf8(): Transform {
  const decoder = new TextDecoder("utf-8", { fatal: true });
  return new Transform({
    transform(chunk: Buffer, _enc, done) {
      if (chunk.includes(0)) return done(new InvalidArticleError("input looks binary (it contains NUL bytes); expected UTF-8 text"));
      try {
        done(null, decoder.decode(chunk, { stream: true }));
      } catch {
        done(new InvalidArticleError("input is not valid UTF-8 text"));
      }
    },
    flush(done) {
      try {
        done(null, decoder.decode());
      } catch {
        done(new InvalidArticleError("input is not valid UTF-8 text"));
      }
    },
  });
}

async function runLines(file: string | null): Promise<void> {
  const source: Readable = file ? createReadStream(file) : process.stdin;
  const text = source.pipe(strictUtf8());
  let failure: Error | null = null;
  source.on("error", (e) => (failure = e));
  text.on("error", (e) => (failure = e));
  const lines = createInterface({ input: text, crlfDelay: Infinity });
  try {
    for await (const line of lines) {
      const claims = extractClaims(line.endsWith("\r") ? line.slice(0, -1) : line);
      if (!process.stdout.write(`${JSON.stringify({ claims })}\n`)) await once(process.stdout, "drain");
    }
  } catch (error) {
    failure = error as Error;
  }
  if (failure) fail((failure as Error).message, 1);
}

function runArticle(file: string | null): void {
  const raw = decode(readAll(file));
  try {
    const { article, claims } = extractArticle(raw);
    const { title, author, outlet, publishedAt, body } = article;
    process.stdout.write(`${JSON.stringify({ article: { title, author, outlet, publishedAt, body }, claims })}\n`);
  } catch (error) {
    if (error instanceof InvalidArticleError) fail(error.message, 1);
    throw error;
  }
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  let lines = false;
  const files: string[] = [];
  for (const arg of args) {
    if (arg === "--lines") lines = true;
    else if (arg === "-h" || arg === "--help") {
      process.stdout.write(`${USAGE}\n`);
      return;
    } else if (arg.startsWith("--")) fail(`unknown option ${arg}\n${USAGE}`, 2);
    else files.push(arg);
  }
  if (files.length > 1) fail(`one input at most\n${USAGE}`, 2);
  // npm runs scripts from the package root; INIT_CWD is where the user typed the command.
  const file = files[0] && files[0] !== "-" ? resolve(process.env.INIT_CWD ?? process.cwd(), files[0]) : null;
  if (lines) await runLines(file);
  else runArticle(file);
}

void main();
