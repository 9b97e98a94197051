// Size limits of a bulk upload. Checked while reading, so nothing larger ever sits in memory:
// a zip bomb (tiny archive, huge when unpacked) is refused by these before it fills anything.
import { MAX_FILE_CHARS } from "@/lib/validation/article-file";

export const IMPORT_LIMITS = {
  /** The whole request (all files together). */
  uploadBytes: 25 * 1024 * 1024,
  /** Files in one upload, and entries in one zip. */
  files: 2_000,
  zipEntries: 2_000,
  /** Bytes unpacked from one zip, all entries together: over it, the whole zip is refused. */
  zipTotalBytes: 100 * 1024 * 1024,
  /** One article file, in bytes (up to 3 UTF-8 bytes per character of the 1,000,000 allowed). */
  articleBytes: MAX_FILE_CHARS * 3,
  /** One NDJSON file holds many articles. */
  ndjsonBytes: 50 * 1024 * 1024,
  /** Articles (entries) one batch may hold. */
  articles: 20_000,
} as const;

export function isNdjsonName(name: string): boolean {
  return /\.(ndjson|jsonl)$/i.test(name);
}

export function formatBytes(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${(bytes / 1024 / 1024).toFixed(bytes % (1024 * 1024) === 0 ? 0 : 1)} MB`;
  if (bytes >= 1024) return `${Math.round(bytes / 1024)} KB`;
  return `${bytes} bytes`;
}
