// Reads a multipart upload with a hard cap on its size: the body is counted while it arrives, so
// an oversized (or endless) request is refused before it fills memory.
import { InvalidInputError } from "@/lib/errors";
import { importUploadSchema } from "@/lib/validation/import-upload";
import { formatBytes, IMPORT_LIMITS } from "./limits";
import type { UploadedFile } from "./unpack-upload";

// Multipart boundaries and headers on top of the files themselves.
const OVERHEAD = 1024 * 1024;

export async function readUploadRequest(request: Request): Promise<UploadedFile[]> {
  const max = IMPORT_LIMITS.uploadBytes + OVERHEAD;
  const tooLarge = new InvalidInputError(`The upload is larger than ${formatBytes(IMPORT_LIMITS.uploadBytes)}; upload the files in parts.`);
  if (Number(request.headers.get("content-length") ?? 0) > max) throw tooLarge;
  const chunks: Uint8Array[] = [];
  let size = 0;
  const reader = request.body?.getReader();
  if (!reader) throw new InvalidInputError("The upload was empty.");
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.length;
    if (size > max) {
      await reader.cancel();
      throw tooLarge;
    }
    chunks.push(value);
  }
  let form: FormData;
  try {
    form = await new Response(Buffer.concat(chunks), { headers: { "content-type": request.headers.get("content-type") ?? "" } }).formData();
  } catch {
    throw new InvalidInputError("The upload could not be read as files (expected a multipart form).");
  }
  const files = form.getAll("files").filter((value): value is File => typeof value !== "string");
  // The same schema the form checked in the browser.
  importUploadSchema.parse({ files: files.map((file) => ({ name: file.name, size: file.size })) });
  return Promise.all(files.map(async (file) => ({ name: file.name, bytes: Buffer.from(await file.arrayBuffer()) })));
}
