"use client";

// One annotation thread beside the text: the passage, the note, its replies, and what the
// signed-in user may do with them (reply, resolve/reopen; edit/delete their own, admins any).
import { useState, useTransition } from "react";
import { useRouter } from "next/navigation";
import type { ActionResult } from "@/lib/actions/define-action";
import { deleteNoteAction, resolveNoteAction } from "@/app/(desk)/articles/[id]/annotate-actions";
import { EditNoteForm, ReplyForm } from "./note-forms";

export interface ThreadView {
  id: string;
  quote: string | null;
  body: string;
  authorId: string;
  authorName: string;
  when: string;
  edited: boolean;
  resolved: boolean;
  replies: Array<{ id: string; body: string; authorId: string; authorName: string; when: string; edited: boolean }>;
}

export interface Viewer {
  id: string;
  role: "ADMIN" | "EDITOR" | "VIEWER";
}

export function NoteThread({ thread, viewer }: { thread: ThreadView; viewer: Viewer }) {
  const [replying, setReplying] = useState(false);
  const canWrite = viewer.role !== "VIEWER";
  return (
    <article id={`note-${thread.id}`} className={thread.resolved ? "note-thread note-thread-resolved" : "note-thread"} data-testid="note-thread">
      {thread.quote ? <blockquote className="note-quote">{thread.quote}</blockquote> : null}
      <NoteItem note={{ ...thread, authorName: thread.authorName }} viewer={viewer} />
      {thread.resolved ? <p className="note-meta" data-testid="thread-resolved">Resolved</p> : null}
      {thread.replies.length > 0 ? (
        <ol className="note-replies" aria-label="Replies">
          {thread.replies.map((r) => (
            <li key={r.id} data-testid="note-reply">
              <NoteItem note={r} viewer={viewer} />
            </li>
          ))}
        </ol>
      ) : null}
      {canWrite ? (
        replying ? (
          <ReplyForm parentId={thread.id} onDone={() => setReplying(false)} />
        ) : (
          <div className="inline-actions">
            <button type="button" className="button-link" onClick={() => setReplying(true)}>
              Reply
            </button>
            <ActionButton
              label={thread.resolved ? "Reopen" : "Resolve"}
              run={() => resolveNoteAction({ noteId: thread.id, resolved: !thread.resolved })}
            />
          </div>
        )
      ) : null}
    </article>
  );
}

function NoteItem({ note, viewer }: { note: { id: string; body: string; authorId: string; authorName: string; when: string; edited: boolean }; viewer: Viewer }) {
  const [editing, setEditing] = useState(false);
  const mine = viewer.role !== "VIEWER" && (note.authorId === viewer.id || viewer.role === "ADMIN");
  if (editing) return <EditNoteForm noteId={note.id} body={note.body} onDone={() => setEditing(false)} />;
  return (
    <div>
      <p className="note-meta">
        {note.authorName} · {note.when}
        {note.edited ? " · edited" : ""}
      </p>
      <p className="note-body" data-testid="note-body">
        {note.body}
      </p>
      {mine ? (
        <div className="inline-actions">
          <button type="button" className="button-link" onClick={() => setEditing(true)}>
            Edit
          </button>
          <ActionButton label="Delete" confirm="Delete this note for good?" run={() => deleteNoteAction({ noteId: note.id })} />
        </div>
      ) : null}
    </div>
  );
}

/** A one-click action with a pending state and its error next to it; optional two-step confirmation. */
export function ActionButton(props: { label: string; confirm?: string; run: () => Promise<ActionResult<unknown>> }) {
  const router = useRouter();
  const [pending, start] = useTransition();
  const [error, setError] = useState<string | null>(null);
  const [asking, setAsking] = useState(false);
  const go = () =>
    start(async () => {
      setError(null);
      const result = await props.run().catch(() => null);
      setAsking(false);
      if (!result) setError("Claimdesk could not be reached. Nothing was saved; try again.");
      else if (!result.ok) setError(result.error);
      else router.refresh();
    });
  return (
    <>
      {asking ? (
        <>
          <span className="small">{props.confirm}</span>
          <button type="button" className="button-link" onClick={go} disabled={pending}>
            Yes, {props.label.toLowerCase()}
          </button>
          <button type="button" className="button-link" onClick={() => setAsking(false)}>
            No
          </button>
        </>
      ) : (
        <button type="button" className="button-link" disabled={pending} onClick={() => (props.confirm ? setAsking(true) : go())}>
          {pending ? "Working…" : props.label}
        </button>
      )}
      {error ? (
        <span className="field-error" role="alert" data-testid="action-error">
          {error}
        </span>
      ) : null}
    </>
  );
}
