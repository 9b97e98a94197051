// What a pool worker thread runs. Pure CPU work on text: parsing a raw file and extracting claims.
// Expected failures come back as values, because an Error's class does not survive the thread
// boundary (only its message does).
import { extractClaims, type ArticleFormat, type ExtractedClaim } from "@/lib/extraction";
import { readArticleFile } from "@/lib/articles/read-article-file";
import type { ImportArticleFormValues } from "@/lib/validation/article";

export type ExtractionTask =
  | { kind: "extract"; body: string }
  | { kind: "read"; name: string; text: string };

export type ExtractionTaskResult =
  | { kind: "extract"; claims: ExtractedClaim[] }
  | { kind: "read"; ok: true; values: ImportArticleFormValues; format: ArticleFormat }
  | { kind: "read"; ok: false; reason: string };

export function runTask(task: ExtractionTask): ExtractionTaskResult {
  if (task.kind === "extract") return { kind: "extract", claims: extractClaims(task.body) };
  try {
    const { values, format } = readArticleFile({ name: task.name, text: task.text });
    return { kind: "read", ok: true, values, format };
  } catch (error) {
    // readArticleFile turns every parser complaint into an expected error with a readable message;
    // a stack overflow on absurdly nested JSON is also the file's fault, not the desk's.
    const reason = error instanceof Error ? error.message : String(error);
    if (error instanceof RangeError) return { kind: "read", ok: false, reason: "The file is nested too deeply to read." };
    if (isExpected(error)) return { kind: "read", ok: false, reason };
    throw error;
  }
}

function isExpected(error: unknown): boolean {
  return typeof error === "object" && error !== null && Symbol.for("claimdesk.AppError") in error;
}
