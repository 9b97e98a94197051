// Messages between a request and a PDF thread. A thread draws one report at a time and is kept
// for the next (loading PDFKit and the TypeScript takes ~0.5 s and ~30 MB). It asks for rows
// ("need") only when it has drawn the last batch; the request answers only after the client has
// read every chunk sent before that ask, so at most one batch's output is ever in flight.
import type { FormatContext } from "../formats/format";
import type { ReportRow } from "../report-row";

export type ToPdfThread = { type: "start"; context: FormatContext } | { type: "rows"; rows: ReportRow[] } | { type: "end" };

export type FromPdfThread =
  | { type: "chunk"; chunk: Uint8Array }
  | { type: "need" }
  | { type: "done" }
  | { type: "failed"; message: string };
