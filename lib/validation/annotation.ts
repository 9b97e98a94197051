// Inputs of the annotation features: notes and their threads, selections of article text.
import { z } from "zod";
import { safeTextCheck, MAX_INT4 } from "./safe-text";

export const NOTE_MAX = 10_000;

const noteBody = z
  .string().check(safeTextCheck("This field"))
  .trim()
  .min(1, "Write a note")
  .max(NOTE_MAX, `A note is limited to ${NOTE_MAX.toLocaleString("en-GB")} characters`);

/** A passage the editor selected: UTF-16 offsets into the body and the text they cover. */
export const selectionSchema = z.object({
  articleId: z.string().check(safeTextCheck("This field")).min(1),
  start: z.coerce.number().int().min(0, "Select a passage of the article").max(MAX_INT4, "The number is out of range"),
  end: z.coerce.number().int().min(0, "Select a passage of the article").max(MAX_INT4, "The number is out of range"),
  quote: z.string().check(safeTextCheck("This field")).min(1, "Select a passage first").max(20_000, "Select a shorter passage"),
});

export const createNoteSchema = selectionSchema.extend({ body: noteBody });
export const replyNoteSchema = z.object({ parentId: z.string().check(safeTextCheck("This field")).min(1), body: noteBody });
export const editNoteSchema = z.object({ noteId: z.string().check(safeTextCheck("This field")).min(1), body: noteBody });
export const noteIdSchema = z.object({ noteId: z.string().check(safeTextCheck("This field")).min(1) });
export const resolveNoteSchema = z.object({ noteId: z.string().check(safeTextCheck("This field")).min(1), resolved: z.boolean() });

export type SelectionInput = z.output<typeof selectionSchema>;
export type CreateNoteValues = z.input<typeof createNoteSchema>;
export type CreateNoteInput = z.output<typeof createNoteSchema>;
export type ReplyNoteValues = z.input<typeof replyNoteSchema>;
export type EditNoteValues = z.input<typeof editNoteSchema>;
