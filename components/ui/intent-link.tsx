"use client";

import Link from "next/link";
import { useState, type ComponentProps } from "react";

/**
 * The console's link: Next.js's `<Link>`, prefetching the page only once the user shows intent (pointer over it,
 * keyboard focus on it, a touch), never merely because it is on screen. Every page carries the main navigation and
 * often an incident's ten tabs, and each visible link's prefetch is a request the server renders (these pages are all
 * dynamic: they read the caller and the database), so a single page view cost some twenty renders; under load
 * that is most of the server's work. A link that passes `prefetch` itself keeps its own choice.
 */
export function IntentLink({ prefetch, onMouseEnter, onFocus, onTouchStart, ...props }: ComponentProps<typeof Link>) {
  const [intent, setIntent] = useState(false);
  return (
    <Link
      {...props}
      prefetch={prefetch !== undefined ? prefetch : intent ? null : false}
      onMouseEnter={(event) => {
        setIntent(true);
        onMouseEnter?.(event);
      }}
      onFocus={(event) => {
        setIntent(true);
        onFocus?.(event);
      }}
      onTouchStart={(event) => {
        setIntent(true);
        onTouchStart?.(event);
      }}
    />
  );
}
