"use client";

import { useSyncExternalStore } from "react";

const subscribe = () => () => undefined;

/**
 * False in the server-rendered HTML, true once React runs in the browser. Forms stay disabled until
 * then: input typed before hydration would be reset by react-hook-form, and a native submit would
 * put the fields (a password, even) into the URL.
 */
export function useHydrated(): boolean {
  return useSyncExternalStore(
    subscribe,
    () => true,
    () => false,
  );
}
