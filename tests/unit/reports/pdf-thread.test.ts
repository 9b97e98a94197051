// The PDF is drawn in a thread with a capped heap: a client that goes away stops the thread and
// the rows, and a report the cap cannot hold fails with a message instead of growing the server.
import { afterEach, describe, expect, it } from "vitest";
import { extractText, getDocumentProxy } from "unpdf";
import { pdfFormat } from "@/lib/reports/formats/pdf";
import { acquirePdfThread, closeIdlePdfThreads, releasePdfThread } from "@/lib/reports/pdf/pdf-thread-pool";
import { batches, collect, context, row } from "./fixtures";

const saved = { ...process.env };
afterEach(async () => {
  process.env = { ...saved };
  await closeIdlePdfThreads();
});

function manyBatches(count: number, state: { pulled: number; closed: boolean }) {
  return (async function* () {
    try {
      for (let b = 0; b < count; b++) {
        state.pulled++;
        yield Array.from({ length: 200 }, (_, i) => row({ id: `c${b}-${i}`, articleId: `a${b}`, finding: `Finding ${i} `.repeat(20) }));
      }
    } finally {
      state.closed = true;
    }
  })();
}

describe("PDF thread", () => {
  it("draws one report after another (the thread is kept between them), each complete", async () => {
    for (const verdict of ["FALSE", "TRUE"] as const) {
      const pdf = await collect(pdfFormat.render(batches([row({ verdict })]), context()));
      const { text } = await extractText(await getDocumentProxy(new Uint8Array(pdf)), { mergePages: true });
      expect(text).toContain(`Verdict: ${verdict === "FALSE" ? "False" : "True"}`);
      expect(text).not.toContain(`Verdict: ${verdict === "FALSE" ? "True" : "False"}`);
    }
  });

  it("draws the next report on a new thread when the kept one stopped while idle", async () => {
    await closeIdlePdfThreads();
    const kept = await acquirePdfThread();
    await releasePdfThread(kept, true);
    await kept.worker.terminate(); // killed or out of memory between two reports
    const pdf = await collect(pdfFormat.render(batches([row({ verdict: "FALSE" })]), context()));
    const { text } = await extractText(await getDocumentProxy(new Uint8Array(pdf)), { mergePages: true });
    expect(text).toContain("Verdict: False");
  });

  it("stops reading rows when the client stops reading the file", async () => {
    const state = { pulled: 0, closed: false };
    const chunks = pdfFormat.render(manyBatches(1_000, state), context());
    await chunks.next();
    await chunks.next();
    await chunks.return(undefined);
    expect(state.closed).toBe(true);
    expect(state.pulled).toBeLessThanOrEqual(2);
  });

  it("fails with a message when the report does not fit the thread's heap", async () => {
    await closeIdlePdfThreads(); // a kept thread keeps the limits it began with
    process.env.PDF_THREAD_HEAP_MB = "1";
    process.env.PDF_THREAD_YOUNG_MB = "1";
    const state = { pulled: 0, closed: false };
    const draining = (async () => {
      for await (const chunk of pdfFormat.render(manyBatches(50, state), context())) void chunk;
    })();
    await expect(draining).rejects.toThrow(/^The PDF could not be made: .*memory/);
    // Rows that were being read are let go (a cursor not yet opened has nothing to close).
    expect(state.pulled === 0 || state.closed).toBe(true);
  });
});
