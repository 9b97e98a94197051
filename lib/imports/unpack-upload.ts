// Turns uploaded files into import entries: one per article file, one per line of an NDJSON file,
// and the same for every file inside a .zip. A bad entry becomes a failed entry with its reason
// and the others go on; a zip over the size limits is refused whole, while it is being read.
import yauzl from "yauzl";
import { MAX_FILE_CHARS } from "@/lib/validation/article-file";
import { formatBytes, IMPORT_LIMITS, isNdjsonName } from "./limits";

export interface UploadedFile {
  name: string;
  bytes: Buffer;
}

export type UnpackedEntry = { name: string; text: string } | { name: string; reason: string };

export type ImportLimits = { [K in keyof typeof IMPORT_LIMITS]: number };

export async function unpackUpload(files: UploadedFile[], limits: ImportLimits = IMPORT_LIMITS): Promise<UnpackedEntry[]> {
  const entries: UnpackedEntry[] = [];
  for (const file of files) {
    if (/\.zip$/i.test(file.name)) entries.push(...(await unpackZip(file, limits)));
    else entries.push(...fileEntries(file.name, file.bytes, limits));
  }
  return entries;
}

/** One plain file (or zip member): its article, or each line of an NDJSON file. */
export function fileEntries(name: string, bytes: Buffer, limits: ImportLimits): UnpackedEntry[] {
  const ndjson = isNdjsonName(name);
  const max = ndjson ? limits.ndjsonBytes : limits.articleBytes;
  if (bytes.length > max) return [{ name, reason: `The file is larger than the ${formatBytes(max)} limit for ${ndjson ? "an NDJSON file" : "one article"}.` }];
  const decoded = decodeText(bytes);
  if ("reason" in decoded) return [{ name, reason: decoded.reason }];
  if (!ndjson) {
    if (decoded.text.trim() === "") return [{ name, reason: "The file is empty." }];
    if (decoded.text.length > MAX_FILE_CHARS) return [{ name, reason: `The file is larger than ${MAX_FILE_CHARS.toLocaleString("en")} characters.` }];
    return [{ name, text: decoded.text }];
  }
  const lines: UnpackedEntry[] = [];
  decoded.text.split("\n").forEach((line, index) => {
    const text = line.replace(/\r$/, "");
    if (text.trim() === "") return;
    const lineName = `${name} line ${index + 1}`;
    if (text.length > MAX_FILE_CHARS) lines.push({ name: lineName, reason: `The line is longer than ${MAX_FILE_CHARS.toLocaleString("en")} characters.` });
    else lines.push({ name: lineName, text });
  });
  if (lines.length === 0) return [{ name, reason: "The NDJSON file has no articles (no non-blank lines)." }];
  return lines;
}

/** UTF-8 text, or why the bytes are not: NUL bytes mean a binary file (and PostgreSQL text cannot
 * hold them); anything that does not decode as UTF-8 is not a text file either. */
function decodeText(bytes: Buffer): { text: string } | { reason: string } {
  if (bytes.includes(0)) return { reason: "The file looks binary (it contains NUL bytes); expected UTF-8 text." };
  try {
    return { text: new TextDecoder("utf-8", { fatal: true, ignoreBOM: false }).decode(bytes) };
  } catch {
    return { reason: "The file is not UTF-8 text (it has bytes that do not decode)." };
  }
}

class ZipRefused extends Error {}

async function unpackZip(file: UploadedFile, limits: ImportLimits): Promise<UnpackedEntry[]> {
  try {
    return await readZip(file, limits);
  } catch (error) {
    const why = error instanceof ZipRefused ? error.message : `it could not be read as a zip archive (${(error as Error).message})`;
    return [{ name: file.name, reason: `The zip file was refused: ${why}. Nothing in it was imported.` }];
  }
}

function readZip(file: UploadedFile, limits: ImportLimits): Promise<UnpackedEntry[]> {
  return new Promise((resolve, reject) => {
    // lazyEntries: one entry at a time, so at most one member is being inflated at any moment;
    // validateEntrySizes: a member that inflates to more than its header says is an error.
    yauzl.fromBuffer(file.bytes, { lazyEntries: true, validateEntrySizes: true, strictFileNames: false }, (openError, zip) => {
      if (openError || !zip) return reject(openError ?? new Error("unreadable"));
      if (zip.entryCount > limits.zipEntries) {
        zip.close();
        return reject(new ZipRefused(`it holds ${zip.entryCount.toLocaleString("en")} entries, more than the ${limits.zipEntries.toLocaleString("en")} allowed`));
      }
      const entries: UnpackedEntry[] = [];
      let unpacked = 0;
      const fail = (error: Error) => {
        zip.close();
        reject(error);
      };
      zip.on("error", fail);
      zip.on("end", () => resolve(entries));
      zip.on("entry", (entry: yauzl.Entry) => {
        const name = `${file.name} › ${entry.fileName}`;
        const next = () => zip.readEntry();
        if (entry.fileName.endsWith("/") || isJunk(entry.fileName)) return next();
        if (/\.zip$/i.test(entry.fileName)) {
          entries.push({ name, reason: "A zip inside a zip is not opened; upload it on its own." });
          return next();
        }
        const max = isNdjsonName(entry.fileName) ? limits.ndjsonBytes : limits.articleBytes;
        if (entry.uncompressedSize > max) {
          entries.push({ name, reason: `The file unpacks to ${formatBytes(entry.uncompressedSize)}, over the ${formatBytes(max)} limit.` });
          return next();
        }
        if (unpacked + entry.uncompressedSize > limits.zipTotalBytes) {
          return fail(new ZipRefused(`it unpacks to more than ${formatBytes(limits.zipTotalBytes)}`));
        }
        zip.openReadStream(entry, (streamError, stream) => {
          if (streamError || !stream) {
            entries.push({ name, reason: `The file could not be unpacked (${streamError?.message ?? "no data"}).` });
            return next();
          }
          const chunks: Buffer[] = [];
          let size = 0;
          let stopped = false;
          stream.on("data", (chunk: Buffer) => {
            size += chunk.length;
            unpacked += chunk.length;
            // Headers can lie: count what actually comes out, and stop at the first byte too many.
            if (unpacked > limits.zipTotalBytes || size > max) {
              stopped = true;
              stream.destroy();
              fail(new ZipRefused(size > max ? `${entry.fileName} unpacks to more than its header says` : `it unpacks to more than ${formatBytes(limits.zipTotalBytes)}`));
              return;
            }
            chunks.push(chunk);
          });
          stream.on("error", (error) => {
            if (stopped) return;
            stopped = true;
            entries.push({ name, reason: `The file could not be unpacked (${error.message}).` });
            next();
          });
          stream.on("end", () => {
            if (stopped) return;
            entries.push(...fileEntries(name, Buffer.concat(chunks), limits));
            next();
          });
        });
      });
      zip.readEntry();
    });
  });
}

/** Folders and files an archiver adds on its own (macOS resource forks, hidden files). */
function isJunk(path: string): boolean {
  return path.startsWith("__MACOSX/") || path.split("/").some((part) => part.startsWith("."));
}
