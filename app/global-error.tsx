"use client";

/** Last resort when the root layout itself fails: no providers are available here, so both languages are shown. */
export default function GlobalError({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <html lang="zh-CN">
      <body style={{ fontFamily: "sans-serif", padding: 32 }}>
        <h1>页面出错了 · Something went wrong</h1>
        <p>请稍后重试。Please try again.</p>
        <button type="button" onClick={() => reset()}>重试 · Retry</button>
      </body>
    </html>
  );
}
