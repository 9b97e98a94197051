// A PDF report is drawn in a thread of its own, for two reasons. PDFKit is CPU work (about half a
// millisecond a claim): on the request thread a 100,000-claim report would slow every other
// editor's page. And a thread's heap can be capped: PDFKit makes a lot of short-lived garbage, and
// an uncapped heap lets it pile up (a 100k report grew the server by 52–86 MB, run C in
// docs/reports.md), where a capped one collects it as it goes. Rows are read by the request (its
// database cursor and its cancelling stay where they were) and handed over a batch at a time.
import type { FormatContext } from "../formats/format";
import type { ReportRow } from "../report-row";
import { acquirePdfThread, releasePdfThread } from "./pdf-thread-pool";
import type { ToPdfThread } from "./pdf-thread-protocol";

// Rows go to the thread this many at a time, whatever the cursor's batch: the thread's heap is
// capped, and a thousand claims with long findings and quotes could fill it.
const ROWS_PER_MESSAGE = 100;

export async function* renderPdfInThread(batches: AsyncIterable<ReportRow[]>, context: FormatContext): AsyncGenerator<Uint8Array> {
  const thread = await acquirePdfThread();
  const rows = batches[Symbol.asyncIterator]();
  const send = (message: ToPdfThread) => thread.worker.postMessage(message);
  let clean = false;
  let batch: ReportRow[] = [];
  let from = 0;
  try {
    send({ type: "start", context });
    for (;;) {
      const message = await thread.next();
      if (message.type === "chunk") yield message.chunk; // waits for the client to read it
      else if (message.type === "need") {
        if (from >= batch.length) {
          const next = await rows.next();
          batch = next.done ? [] : next.value;
          from = 0;
        }
        if (!batch.length) send({ type: "end" });
        else send({ type: "rows", rows: batch.slice(from, (from += ROWS_PER_MESSAGE)) });
      } else if (message.type === "done") {
        clean = true;
        return;
      } else throw new Error(`The PDF could not be made: ${message.message}`);
    }
  } finally {
    // Done, failed, or the client went away (the thread is then stopped mid-report), and the
    // database cursor is closed.
    await releasePdfThread(thread, clean);
    await rows.return?.();
  }
}
