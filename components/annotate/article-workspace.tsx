"use client";

// The article text with claims and notes highlighted; select a passage (mouse, or the keyboard in
// "keyboard selection" mode) to annotate it, add it as a claim, or re-attach an orphan to it.
import "./annotate.css";
import { useEffect, useRef, useState } from "react";
import { useRouter } from "next/navigation";
import { highlightSegments } from "@/lib/articles/highlight-segments";
import type { AddClaimValues } from "@/lib/validation/claim-edit";
import { reattachAction } from "@/app/(desk)/articles/[id]/annotate-actions";
import { selectionIn, type TextSelection } from "./selection-offsets";
import { NewNoteForm } from "./note-forms";
import { AddClaimForm } from "./add-claim-form";
import { NoteThread, type ThreadView, type Viewer } from "./note-thread";

export interface WorkspaceClaim {
  id: string;
  text: string;
  start: number;
  end: number;
}

export interface Reattaching {
  kind: "claim" | "note";
  id: string;
  quote: string;
  label: string;
}

type Mode = { kind: "note" | "claim"; target: TextSelection } | null;

export function ArticleWorkspace(props: {
  articleId: string;
  body: string;
  claims: WorkspaceClaim[];
  threads: Array<ThreadView & { start: number; end: number }>;
  viewer: Viewer;
  reattach?: Reattaching | null;
}) {
  const { articleId, body, viewer } = props;
  const canWrite = viewer.role !== "VIEWER";
  const router = useRouter();
  const bodyRef = useRef<HTMLDivElement>(null);
  const [selection, setSelection] = useState<TextSelection | null>(null);
  const [mode, setMode] = useState<Mode>(null);
  const [keyboard, setKeyboard] = useState(false);

  useEffect(() => {
    const root = bodyRef.current;
    if (!root) return;
    const onChange = () => {
      const found = selectionIn(root, body);
      if (found) setSelection(found);
    };
    document.addEventListener("selectionchange", onChange);
    // Keyboard selection makes the text editable only so a caret can move in it; nothing may change.
    const refuse = (e: Event) => e.preventDefault();
    root.addEventListener("beforeinput", refuse);
    root.addEventListener("paste", refuse);
    root.addEventListener("drop", refuse);
    return () => {
      document.removeEventListener("selectionchange", onChange);
      root.removeEventListener("beforeinput", refuse);
      root.removeEventListener("paste", refuse);
      root.removeEventListener("drop", refuse);
    };
  }, [body]);

  const close = () => {
    setMode(null);
    setSelection(null);
    document.getSelection()?.removeAllRanges();
  };

  const spans = [
    ...props.claims.map((c) => ({ id: `c:${c.id}`, start: c.start, end: c.end })),
    ...props.threads.map((t) => ({ id: `n:${t.id}`, start: t.start, end: t.end })),
  ];
  const claimsById = new Map(props.claims.map((c) => [c.id, c]));
  const threadsById = new Map(props.threads.map((t) => [t.id, t]));

  return (
    <div className="annotate-grid">
      <div>
        {canWrite ? (
          <div className="annotate-toolbar">
            <button type="button" aria-pressed={keyboard} onClick={() => setKeyboard((k) => !k)}>
              {keyboard ? "Done selecting with the keyboard" : "Select with the keyboard"}
            </button>
            <span className="muted small">
              {keyboard ? "Move with the arrow keys, hold Shift to select, then press Annotate or Add as claim." : "Select a passage to annotate it or add it as a claim."}
            </span>
          </div>
        ) : null}
        <div
          ref={bodyRef}
          className="article-body annotate-body"
          data-testid="article-body"
          contentEditable={keyboard || undefined}
          suppressContentEditableWarning
          spellCheck={false}
          tabIndex={keyboard ? 0 : undefined}
          aria-label={keyboard ? "Article text: move with the arrow keys and select with Shift" : undefined}
          // Claim marks are spans, not anchors: a browser will not start a text selection on a link,
          // so a plain click (no selection made) opens the claim here instead.
          onClick={(e) => {
            const mark = (e.target as HTMLElement).closest<HTMLElement>("[data-claim-ids]");
            if (!keyboard && mark && document.getSelection()?.isCollapsed) router.push(`/claims/${mark.dataset.claimIds!.split(" ")[0]}`);
          }}
          onKeyDown={(e) => {
            const mark = (e.target as HTMLElement).closest<HTMLElement>("[data-claim-ids]");
            if (!keyboard && mark && e.key === "Enter") router.push(`/claims/${mark.dataset.claimIds!.split(" ")[0]}`);
          }}
        >
          {highlightSegments(body, spans).map((segment) => {
            const claimIds = segment.claimIds.filter((id) => id.startsWith("c:")).map((id) => id.slice(2));
            const noteIds = segment.claimIds.filter((id) => id.startsWith("n:")).map((id) => id.slice(2));
            const noteClass = noteIds.length === 0 ? "" : noteIds.every((id) => threadsById.get(id)?.resolved) ? " note-mark note-mark-resolved" : " note-mark";
            const title = [...claimIds.map((id) => claimsById.get(id)!.text), ...noteIds.map((id) => `Note: ${threadsById.get(id)!.body}`)].join("\n");
            if (claimIds.length === 0) {
              return (
                <span key={segment.start} data-start={segment.start} className={noteClass.trim() || undefined} title={title || undefined} data-note-ids={noteIds.join(" ") || undefined}>
                  {segment.text}
                </span>
              );
            }
            return (
              <span
                key={segment.start}
                data-start={segment.start}
                role="link"
                tabIndex={keyboard ? undefined : 0}
                className={(claimIds.length > 1 ? "claim-mark claim-mark-overlap" : "claim-mark") + noteClass}
                title={title}
                data-claim-ids={claimIds.join(" ")}
                data-note-ids={noteIds.join(" ") || undefined}
              >
                {segment.text}
              </span>
            );
          })}
        </div>
      </div>
      <div>
        {canWrite ? (
          <SelectionPanel
            articleId={articleId}
            selection={selection}
            mode={mode}
            setMode={setMode}
            close={close}
            reattach={props.reattach ?? null}
          />
        ) : null}
        <section className="notes-panel" aria-labelledby="notes-heading">
          <h2 id="notes-heading">
            {props.threads.length} {props.threads.length === 1 ? "note" : "notes"}
          </h2>
          {props.threads.length === 0 ? <p className="empty small">No notes on this text yet.</p> : null}
          {props.threads.map((t) => (
            <NoteThread key={t.id} thread={t} viewer={viewer} />
          ))}
        </section>
      </div>
    </div>
  );
}

function SelectionPanel(props: {
  articleId: string;
  selection: TextSelection | null;
  mode: Mode;
  setMode: (mode: Mode) => void;
  close: () => void;
  reattach: Reattaching | null;
}) {
  const { selection, mode, reattach } = props;
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const attach = async () => {
    if (!selection || !reattach) return;
    setBusy(true);
    setError(null);
    const result = await reattachAction({ kind: reattach.kind, id: reattach.id, articleId: props.articleId, ...selection }).catch(() => null);
    setBusy(false);
    if (!result) return setError("Claimdesk could not be reached. Nothing was saved; try again.");
    if (!result.ok) return setError(result.error);
    router.replace(reattach.kind === "claim" ? `/claims/${reattach.id}` : `/articles/${props.articleId}#note-${reattach.id}`);
  };

  if (mode) {
    const base = { articleId: props.articleId, start: mode.target.start, end: mode.target.end, quote: mode.target.quote };
    return (
      <section className="selection-panel" aria-labelledby="selection-heading">
        <h2 id="selection-heading">{mode.kind === "note" ? "Annotate" : "Add as claim"}</h2>
        <blockquote className="selection-quote" data-testid="selection-quote">
          {mode.target.quote}
        </blockquote>
        {mode.kind === "note" ? (
          <NewNoteForm defaults={{ ...base, body: "" }} onDone={props.close} />
        ) : (
          <AddClaimForm defaults={{ ...base, text: "", type: "" as AddClaimValues["type"] }} onDone={props.close} />
        )}
      </section>
    );
  }

  return (
    <section className="selection-panel" aria-labelledby="selection-heading" data-testid="selection-panel">
      <h2 id="selection-heading">{reattach ? `Re-attach the orphaned ${reattach.kind}` : "Selection"}</h2>
      {reattach ? (
        <p className="small">
          {reattach.label} — its old passage was <q>{reattach.quote}</q>. Select its new passage in the text, then attach it.
        </p>
      ) : null}
      {selection ? (
        <>
          <blockquote className="selection-quote" data-testid="selection-quote">
            {selection.quote}
          </blockquote>
          <div className="inline-actions">
            {reattach ? (
              <button type="button" className="button-primary" disabled={busy} onClick={attach}>
                Attach here
              </button>
            ) : (
              <>
                <button type="button" className="button-primary" onClick={() => props.setMode({ kind: "note", target: selection })}>
                  Annotate
                </button>
                <button type="button" onClick={() => props.setMode({ kind: "claim", target: selection })}>
                  Add as claim
                </button>
              </>
            )}
          </div>
          {error ? (
            <p className="field-error" role="alert" data-testid="selection-error">
              {error}
            </p>
          ) : null}
        </>
      ) : (
        <p className="muted small">Nothing selected.</p>
      )}
    </section>
  );
}
