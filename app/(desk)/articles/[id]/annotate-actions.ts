"use server";

// Annotations, editor-made claims and orphan handling on an article's text.
import { defineAction } from "@/lib/actions/define-action";
import { getDb } from "@/lib/db";
import { createNote } from "@/lib/annotations/create-note";
import { replyToNote } from "@/lib/annotations/reply-to-note";
import { editNote } from "@/lib/annotations/edit-note";
import { deleteNote } from "@/lib/annotations/delete-note";
import { setNoteResolved } from "@/lib/annotations/set-note-resolved";
import { addClaim } from "@/lib/claims/add-claim";
import { reattachOrphan } from "@/lib/corrections/reattach-orphan";
import { archiveOrphan } from "@/lib/corrections/archive-orphan";
import { createNoteSchema, editNoteSchema, noteIdSchema, replyNoteSchema, resolveNoteSchema } from "@/lib/validation/annotation";
import { addClaimSchema } from "@/lib/validation/claim-edit";
import { archiveOrphanSchema, reattachSchema } from "@/lib/validation/correction";

export const createNoteAction = defineAction({ name: "notes.create", role: "EDITOR", schema: createNoteSchema, run: (input, user) => createNote(getDb(), input, user.id) });
export const replyNoteAction = defineAction({ name: "notes.reply", role: "EDITOR", schema: replyNoteSchema, run: (input, user) => replyToNote(getDb(), input, user.id) });
export const editNoteAction = defineAction({ name: "notes.edit", role: "EDITOR", schema: editNoteSchema, run: (input, user) => editNote(getDb(), input, user) });
export const deleteNoteAction = defineAction({ name: "notes.delete", role: "EDITOR", schema: noteIdSchema, run: (input, user) => deleteNote(getDb(), input, user) });
export const resolveNoteAction = defineAction({ name: "notes.resolve", role: "EDITOR", schema: resolveNoteSchema, run: (input, user) => setNoteResolved(getDb(), input, user.id) });
export const addClaimAction = defineAction({ name: "claims.add", role: "EDITOR", schema: addClaimSchema, run: (input, user) => addClaim(getDb(), input, user.id) });
export const reattachAction = defineAction({ name: "orphans.reattach", role: "EDITOR", schema: reattachSchema, run: (input, user) => reattachOrphan(getDb(), input, user.id) });
export const archiveOrphanAction = defineAction({ name: "orphans.archive", role: "EDITOR", schema: archiveOrphanSchema, run: (input, user) => archiveOrphan(getDb(), input, user.id) });
