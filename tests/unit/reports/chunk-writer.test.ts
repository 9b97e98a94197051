import { describe, expect, it } from "vitest";
import { ChunkWriter } from "@/lib/reports/chunk-writer";

const joined = (chunks: Buffer[]) => Buffer.concat(chunks);

describe("ChunkWriter", () => {
  it("cuts UTF-8 text into full chunks without splitting a character", () => {
    const out = new ChunkWriter(8);
    const text = "abcdefg€ Zürich “Łódź” 北京";
    expect(out.utf8(text)).toBe(Buffer.byteLength(text));
    const chunks = [...out.take(), ...out.flush()];
    expect(joined(chunks).toString("utf8")).toBe(text);
    // Every chunk decodes on its own: no character is cut between two.
    for (const chunk of chunks) expect(chunk.toString("utf8")).not.toContain("\uFFFD");
    expect(chunks.slice(0, -1).every((c) => c.length >= 6 && c.length <= 8)).toBe(true);
  });

  it("writes binary strings one byte per character, bytes as they are, and counts what it wrote", () => {
    const out = new ChunkWriter(4);
    out.latin1("%PDF-1.3");
    out.byte(0x0a);
    out.latin1("\xFF\xFF");
    out.bytes(Uint8Array.from([1, 2, 3, 4, 5, 6]));
    expect(out.written).toBe(17);
    const full = out.take();
    expect(full.map((c) => c.length)).toEqual([4, 4, 4, 4]);
    expect(out.take()).toEqual([]); // handed over once
    expect(joined([...full, ...out.flush()])).toEqual(Buffer.concat([Buffer.from("%PDF-1.3\n\xFF\xFF", "latin1"), Buffer.from([1, 2, 3, 4, 5, 6])]));
    expect(out.flush()).toEqual([]);
  });
});
