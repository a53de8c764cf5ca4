"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState } from "react";

/** The undo button of one batch (and the demonstration switch): asks, posts, shows the server's sentence. */
export function BatchAction({ url, label, confirm, testId }: { url: string; label: string; confirm: string; testId: string }) {
  const t = useTranslations("batches");
  const router = useRouter();
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  async function run() {
    if (!window.confirm(confirm)) return;
    setBusy(true);
    try {
      const response = await fetch(url, { method: "POST" });
      const json = (await response.json()) as { error?: string; message?: string };
      setMessage({ ok: response.ok, text: json.error ?? json.message ?? t("applied") });
      if (response.ok) router.refresh();
    } finally {
      setBusy(false);
    }
  }
  return (
    <span>
      <button type="button" className="button button--ghost" onClick={run} disabled={busy} data-testid={testId}>{label}</button>
      {message ? <span role="status" className={message.ok ? "data-ok" : "data-error"}> {message.text}</span> : null}
    </span>
  );
}
