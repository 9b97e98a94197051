// Bulk import: POST the files of a batch (multipart, field "files"); GET ?batch=<id> its progress.
import { z } from "zod";
import { defineRoute } from "@/lib/actions/define-route";
import { getDb } from "@/lib/db";
import { ForbiddenError } from "@/lib/errors";
import { createImportBatch } from "@/lib/imports/create-import-batch";
import { getImportBatch } from "@/lib/imports/get-import-batch";
import { readUploadRequest } from "@/lib/imports/read-upload-request";
import { unpackUpload } from "@/lib/imports/unpack-upload";
import { importProgressQuerySchema } from "@/lib/validation/import-upload";

export const POST = defineRoute({
  name: "imports.upload",
  role: "EDITOR",
  query: z.object({}),
  run: async (_input, user, request) => {
    // Session cookies are SameSite=Lax, but a cross-site form post must not start imports either way.
    const origin = request.headers.get("origin");
    if (origin && new URL(origin).host !== new URL(request.url).host) throw new ForbiddenError("Uploads are accepted from Claimdesk's own pages only.");
    const files = await readUploadRequest(request);
    const entries = await unpackUpload(files);
    const batch = await createImportBatch(getDb(), { entries, actorId: user.id, source: "upload" });
    return Response.json({ ok: true, data: batch }, { status: 201 });
  },
});

export const GET = defineRoute({
  name: "imports.progress",
  role: "EDITOR",
  query: importProgressQuerySchema,
  run: async ({ batch }, user) => {
    const view = await getImportBatch(getDb(), { batchId: batch, viewer: user });
    return Response.json({ ok: true, data: view }, { headers: { "cache-control": "no-store" } });
  },
});
