// The JSON report's schema as JSON Schema (draft 2020-12), generated from the zod schemas.
import { z } from "zod";
import { reportClaimSchema, reportDocumentSchema } from "./report-claim";

export function reportJsonSchema() {
  return {
    ...z.toJSONSchema(reportDocumentSchema, { io: "output" }),
    title: "Claimdesk report, version 1",
    description: "format=json is one document (this schema); format=ndjson is one claim per line ($defs.claim).",
    $defs: { claim: z.toJSONSchema(reportClaimSchema, { io: "output" }) },
  };
}
