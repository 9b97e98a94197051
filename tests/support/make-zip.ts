// Builds a zip in memory for tests (yazl), so no archive is kept in the repository.
import yazl from "yazl";

export function makeZip(files: Array<{ name: string; data: Buffer | string }>, options: { compress?: boolean } = {}): Promise<Buffer> {
  const zip = new yazl.ZipFile();
  for (const f of files) zip.addBuffer(Buffer.isBuffer(f.data) ? f.data : Buffer.from(f.data), f.name, { compress: options.compress ?? true });
  zip.end();
  const chunks: Buffer[] = [];
  return new Promise((resolve, reject) => {
    zip.outputStream.on("data", (c: Buffer) => chunks.push(c));
    zip.outputStream.on("end", () => resolve(Buffer.concat(chunks)));
    zip.outputStream.on("error", reject);
  });
}

/** Rewrites every header's "uncompressed size" of a zip to `size`: a member that lies about how
 * big it unpacks, as a crafted zip bomb does. */
export function lieAboutSizes(zip: Buffer, size: number): Buffer {
  const out = Buffer.from(zip);
  for (let i = 0; i < out.length - 4; i++) {
    const signature = out.readUInt32LE(i);
    if (signature === 0x04034b50) out.writeUInt32LE(size, i + 22); // local file header
    else if (signature === 0x02014b50) out.writeUInt32LE(size, i + 24); // central directory header
  }
  return out;
}
