import { z } from "zod";
import { formatBytes, IMPORT_LIMITS } from "@/lib/imports/limits";

/** What the bulk-import form sends: the chosen files' names and sizes (their bytes follow as multipart). */
export const importUploadSchema = z.object({
  files: z
    .array(z.object({ name: z.string().trim().min(1).max(255), size: z.number().int().min(0) }))
    .min(1, "Choose at least one file")
    .max(IMPORT_LIMITS.files, `Choose at most ${IMPORT_LIMITS.files.toLocaleString("en")} files at once`)
    .refine((files) => files.reduce((sum, f) => sum + f.size, 0) <= IMPORT_LIMITS.uploadBytes, {
      message: `The files add up to more than ${formatBytes(IMPORT_LIMITS.uploadBytes)}; upload them in parts`,
    }),
});

export type ImportUploadValues = z.input<typeof importUploadSchema>;

/** The progress of one batch, as the import page polls it. */
export const importProgressQuerySchema = z.object({ batch: z.string().trim().min(1).max(64) });
