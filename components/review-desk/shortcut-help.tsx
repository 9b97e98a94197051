"use client";

// The "?" dialog listing every shortcut. A native <dialog> opened as modal: it traps focus, Esc
// closes it, and focus returns to where it was.
import { useRef } from "react";
import { REVIEW_SHORTCUTS } from "./shortcut-list";
import { useShortcuts } from "./use-shortcuts";

export function ShortcutHelp() {
  const dialog = useRef<HTMLDialogElement>(null);
  const open = () => dialog.current?.showModal();
  useShortcuts({ "[Shift]+?": open });

  return (
    <>
      <button type="button" className="button-link small shortcut-help-button" onClick={open} aria-keyshortcuts="?">
        Keyboard shortcuts (?)
      </button>
      <dialog ref={dialog} className="shortcut-dialog" aria-labelledby="shortcut-dialog-title" data-testid="shortcut-dialog">
        <h2 id="shortcut-dialog-title">Keyboard shortcuts</h2>
        <p className="muted small">They work on My queue and on a claim&apos;s page, except while you type in a field.</p>
        <table className="table shortcut-table">
          <tbody>
            {REVIEW_SHORTCUTS.map((s) => (
              <tr key={s.keys}>
                <th scope="row">
                  <kbd>{s.keys}</kbd>
                </th>
                <td>{s.what}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <form method="dialog">
          <button type="submit" className="button-primary" autoFocus>
            Close
          </button>
        </form>
      </dialog>
    </>
  );
}
