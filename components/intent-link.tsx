"use client";

import Link from "next/link";
import { useState, type ComponentProps } from "react";

/**
 * A next/link that prefetches only once someone shows they may follow it (pointer over it, focus,
 * touch), never merely for being on screen. Every page here is dynamic, so a viewport prefetch is
 * a server render per link: a header, a footer and a table of profile links cost the server a
 * dozen renders for each page view, and kept the network busy for seconds after load. After the
 * first sign of intent the link behaves as Next.js's own (prefetch "auto"). The pattern is the one
 * Next.js's guide gives for hover prefetching (Linking and Navigating, "Prefetching").
 */
export function IntentLink({ onMouseEnter, onFocus, onTouchStart, prefetch, ...props }: ComponentProps<typeof Link>) {
  const [intent, setIntent] = useState(false);
  return (
    <Link
      {...props}
      prefetch={intent ? prefetch : false}
      onMouseEnter={(e) => {
        setIntent(true);
        onMouseEnter?.(e);
      }}
      onFocus={(e) => {
        setIntent(true);
        onFocus?.(e);
      }}
      onTouchStart={(e) => {
        setIntent(true);
        onTouchStart?.(e);
      }}
    />
  );
}
