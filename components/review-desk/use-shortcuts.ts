"use client";

// Single-key shortcuts on window, through tinykeys. A shortcut never fires while the editor is
// typing (in an input, textarea, select or anything contenteditable), with a modifier held (that
// is the browser's or the screen reader's), on key repeat, or while a dialog is open.
import { useEffect, useRef } from "react";
import { tinykeys } from "tinykeys";

export type ShortcutMap = Record<string, (event: KeyboardEvent) => void>;

export function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || target.closest("input, textarea, select, [contenteditable]:not([contenteditable='false'])") !== null;
}

function ignore(event: KeyboardEvent): boolean {
  return event.repeat || event.isComposing || isTyping(event.target) || document.querySelector("dialog[open]") !== null;
}

/** Binds the map while mounted. The handlers may change on every render; the binding does not. */
export function useShortcuts(map: ShortcutMap, enabled = true): void {
  const latest = useRef(map);
  useEffect(() => {
    latest.current = map;
  });
  const keys = Object.keys(map).join("\u0000");
  useEffect(() => {
    if (!enabled) return;
    const bound: ShortcutMap = {};
    for (const key of keys.split("\u0000")) {
      bound[key] = (event) => {
        event.preventDefault();
        latest.current[key]?.(event);
      };
    }
    return tinykeys(window, bound, { ignore });
  }, [keys, enabled]);
}
