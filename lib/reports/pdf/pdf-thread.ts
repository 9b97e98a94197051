// What a PDF thread runs: for each report, its context, then rows as messages; chunks of the PDF
// go out, their memory handed to the request's thread (transferred, not copied).
import { parentPort } from "node:worker_threads";
import type { ReportRow } from "../report-row";
import { drawPdf } from "./draw-pdf";
import type { FromPdfThread, ToPdfThread } from "./pdf-thread-protocol";

const port = parentPort!;
const inbox: ToPdfThread[] = [];
let wake: (() => void) | null = null;
port.on("message", (message: ToPdfThread) => {
  inbox.push(message);
  wake?.();
});

async function receive(): Promise<ToPdfThread> {
  while (!inbox.length) await new Promise<void>((resolve) => (wake = resolve));
  return inbox.shift()!;
}

function send(message: FromPdfThread, transfer: ArrayBuffer[] = []) {
  port.postMessage(message, transfer);
}

async function* rowsFromRequest(): AsyncGenerator<ReportRow[]> {
  for (;;) {
    send({ type: "need" });
    const message = await receive();
    if (message.type !== "rows") return;
    yield message.rows;
  }
}

async function serve() {
  for (;;) {
    const start = await receive();
    if (start.type !== "start") continue;
    try {
      for await (const chunk of drawPdf(rowsFromRequest(), start.context)) {
        // A chunk that owns its whole buffer moves to the other thread; a part of one is copied.
        const owned = chunk.byteOffset === 0 && chunk.byteLength === chunk.buffer.byteLength && chunk.buffer instanceof ArrayBuffer;
        send({ type: "chunk", chunk }, owned ? [chunk.buffer as ArrayBuffer] : []);
      }
      send({ type: "done" });
    } catch (error) {
      send({ type: "failed", message: error instanceof Error ? error.message : String(error) });
    }
  }
}

void serve();
