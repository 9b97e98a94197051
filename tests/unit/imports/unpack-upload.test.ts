// Bad input in a bulk upload: each bad entry fails with its reason and the others go through; a zip
// that unpacks past the limits is refused while it is being read.
import { describe, expect, it } from "vitest";
import { IMPORT_LIMITS } from "@/lib/imports/limits";
import { unpackUpload } from "@/lib/imports/unpack-upload";
import { lieAboutSizes, makeZip } from "@/tests/support/make-zip";

const ARTICLE = "Acme Corp said on Tuesday it sold 1.2 million scooters in 2023, up 40 percent from a year earlier.";
const outcome = (entries: Awaited<ReturnType<typeof unpackUpload>>) =>
  Object.fromEntries(entries.map((e) => [e.name, "text" in e ? "ok" : e.reason]));

describe("unpacking a bulk upload", () => {
  it("fails a binary file, an oversized file and a nested zip inside a zip, and keeps the good files", async () => {
    const inner = await makeZip([{ name: "x.txt", data: ARTICLE }]);
    const zip = await makeZip([
      { name: "good.txt", data: ARTICLE },
      { name: "story.md", data: `# Headline\n\n${ARTICLE}` },
      { name: "photo.jpg", data: Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46]) },
      { name: "latin1.txt", data: Buffer.from([0x43, 0x61, 0x66, 0xe9, 0x20, 0x73, 0x61, 0x79, 0x73]) },
      { name: "huge.txt", data: Buffer.alloc(IMPORT_LIMITS.articleBytes + 1, "a") },
      { name: "inner.zip", data: inner },
      { name: "__MACOSX/._good.txt", data: "resource fork" },
    ]);
    const result = outcome(await unpackUpload([{ name: "bundle.zip", bytes: zip }]));
    expect(result["bundle.zip › good.txt"]).toBe("ok");
    expect(result["bundle.zip › story.md"]).toBe("ok");
    expect(result["bundle.zip › photo.jpg"]).toMatch(/looks binary/);
    expect(result["bundle.zip › latin1.txt"]).toMatch(/not UTF-8 text/);
    expect(result["bundle.zip › huge.txt"]).toMatch(/over the .* limit/);
    expect(result["bundle.zip › inner.zip"]).toMatch(/zip inside a zip is not opened/);
    expect(Object.keys(result)).toHaveLength(6); // the macOS resource fork is not an article
  });

  it("gives each line of an NDJSON file its own entry, and a line that is too long fails alone", async () => {
    const ndjson = [JSON.stringify({ title: "One", body: ARTICLE }), "", "{not json", "x".repeat(1_000_001), JSON.stringify({ title: "Two", body: ARTICLE })].join("\n");
    const result = outcome(await unpackUpload([{ name: "feed.ndjson", bytes: Buffer.from(ndjson) }]));
    expect(result).toEqual({
      "feed.ndjson line 1": "ok",
      "feed.ndjson line 3": "ok", // parsed by its job, which reports the broken JSON (integration test)
      "feed.ndjson line 4": expect.stringMatching(/longer than 1,000,000 characters/),
      "feed.ndjson line 5": "ok",
    });
  });

  it("refuses a zip bomb whole: entries that add up past the total limit stop the reading", async () => {
    // 40 × 3 MB of zeros compress to a few hundred KB and would unpack to 120 MB.
    const zeros = Buffer.alloc(3 * 1024 * 1024);
    const bomb = await makeZip(Array.from({ length: 40 }, (_, i) => ({ name: `part-${i}.ndjson`, data: zeros })));
    expect(bomb.length).toBeLessThan(2 * 1024 * 1024);
    const before = process.memoryUsage().arrayBuffers;
    const entries = await unpackUpload([{ name: "bomb.zip", bytes: bomb }]);
    expect(entries).toEqual([{ name: "bomb.zip", reason: expect.stringMatching(/refused: it unpacks to more than 100 MB\. Nothing in it was imported/) }]);
    // Stopped at the limit: what was read was let go, not 120 MB kept.
    expect(process.memoryUsage().arrayBuffers - before).toBeLessThan(IMPORT_LIMITS.zipTotalBytes + 16 * 1024 * 1024);
  });

  it("stops a member whose header lies about its size at the size it declared", async () => {
    const zip = lieAboutSizes(await makeZip([{ name: "small.txt", data: Buffer.alloc(5 * 1024 * 1024, "a") }]), 100);
    const entries = await unpackUpload([{ name: "liar.zip", bytes: zip }]);
    expect(entries).toHaveLength(1);
    expect("reason" in entries[0]! && entries[0].reason).toMatch(/could not be unpacked|refused/);
  });

  it("refuses a zip with more entries than allowed before reading any of them", async () => {
    const zip = await makeZip(Array.from({ length: 12 }, (_, i) => ({ name: `a${i}.txt`, data: `${ARTICLE} ${i}` })));
    const entries = await unpackUpload([{ name: "many.zip", bytes: zip }], { ...IMPORT_LIMITS, zipEntries: 10 });
    expect(entries).toEqual([{ name: "many.zip", reason: expect.stringMatching(/holds 12 entries, more than the 10 allowed/) }]);
  });
});
