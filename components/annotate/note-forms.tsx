"use client";

// The note forms: a new thread on a selection, a reply, an edit. react-hook-form + the zod schemas
// the server actions use.
import { useRouter } from "next/navigation";
import type { CreateNoteValues, EditNoteValues, ReplyNoteValues } from "@/lib/validation/annotation";
import { createNoteAction, editNoteAction, replyNoteAction } from "@/app/(desk)/articles/[id]/annotate-actions";
import { describedBy, Field, FormMessage, SubmitButton } from "@/components/forms/field";
import { useActionForm } from "@/components/forms/use-action-form";

export function NewNoteForm(props: { defaults: CreateNoteValues; onDone: () => void }) {
  const router = useRouter();
  const { form, notice, onSubmit, hydrated, pending, errorOf } = useActionForm({
    schema: () => import("@/lib/validation/annotation").then((m) => m.createNoteSchema),
    defaultValues: props.defaults,
    action: createNoteAction,
    onSuccess: () => {
      router.refresh();
      props.onDone();
    },
  });
  return (
    <form onSubmit={onSubmit} noValidate className="stack" aria-label="Annotate the selected passage">
      <fieldset className="plain-fieldset" disabled={!hydrated}>
        {notice ? <FormMessage kind={notice.kind}>{notice.text}</FormMessage> : null}
        <Field id="new-note-body" label="Note (internal, never in reports)" error={errorOf("body")}>
          <textarea rows={4} autoFocus {...describedBy("new-note-body", errorOf("body"))} {...form.register("body")} />
        </Field>
        <div className="inline-actions">
          <SubmitButton pending={pending} pendingLabel="Saving…">
            Save note
          </SubmitButton>
          <button type="button" onClick={props.onDone}>
            Cancel
          </button>
        </div>
      </fieldset>
    </form>
  );
}

export function ReplyForm(props: { parentId: string; onDone: () => void }) {
  const router = useRouter();
  const defaults: ReplyNoteValues = { parentId: props.parentId, body: "" };
  const { form, notice, onSubmit, hydrated, pending, errorOf } = useActionForm({
    schema: () => import("@/lib/validation/annotation").then((m) => m.replyNoteSchema),
    defaultValues: defaults,
    action: replyNoteAction,
    onSuccess: () => {
      router.refresh();
      props.onDone();
    },
  });
  const id = `reply-${props.parentId}`;
  return (
    <form onSubmit={onSubmit} noValidate className="stack" aria-label="Reply to this note">
      <fieldset className="plain-fieldset" disabled={!hydrated}>
        {notice ? <FormMessage kind={notice.kind}>{notice.text}</FormMessage> : null}
        <Field id={id} label="Reply" error={errorOf("body")}>
          <textarea rows={3} autoFocus {...describedBy(id, errorOf("body"))} {...form.register("body")} />
        </Field>
        <div className="inline-actions">
          <SubmitButton pending={pending} pendingLabel="Sending…">
            Send reply
          </SubmitButton>
          <button type="button" onClick={props.onDone}>
            Cancel
          </button>
        </div>
      </fieldset>
    </form>
  );
}

export function EditNoteForm(props: { noteId: string; body: string; onDone: () => void }) {
  const router = useRouter();
  const defaults: EditNoteValues = { noteId: props.noteId, body: props.body };
  const { form, notice, onSubmit, hydrated, pending, errorOf } = useActionForm({
    schema: () => import("@/lib/validation/annotation").then((m) => m.editNoteSchema),
    defaultValues: defaults,
    action: editNoteAction,
    onSuccess: () => {
      router.refresh();
      props.onDone();
    },
  });
  const id = `edit-${props.noteId}`;
  return (
    <form onSubmit={onSubmit} noValidate className="stack" aria-label="Edit this note">
      <fieldset className="plain-fieldset" disabled={!hydrated}>
        {notice ? <FormMessage kind={notice.kind}>{notice.text}</FormMessage> : null}
        <Field id={id} label="Edit note" error={errorOf("body")}>
          <textarea rows={3} autoFocus {...describedBy(id, errorOf("body"))} {...form.register("body")} />
        </Field>
        <div className="inline-actions">
          <SubmitButton pending={pending} pendingLabel="Saving…">
            Save changes
          </SubmitButton>
          <button type="button" onClick={props.onDone}>
            Cancel
          </button>
        </div>
      </fieldset>
    </form>
  );
}
