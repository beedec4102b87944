"use client";

import { useSyncExternalStore } from "react";

/**
 * Whether a CSS media query matches, kept current. The server (and the first paint) assume `serverValue`, so a
 * layout that differs by screen renders one version only, never both (duplicate labels and ids).
 */
export function useMediaQuery(query: string, serverValue: boolean): boolean {
  return useSyncExternalStore(
    (onChange) => {
      const list = window.matchMedia(query);
      list.addEventListener("change", onChange);
      return () => list.removeEventListener("change", onChange);
    },
    () => window.matchMedia(query).matches,
    () => serverValue,
  );
}
