"use client";

import { IntentLink } from "@/components/intent-link";
import { useTranslations } from "next-intl";
import { useState, type FormEvent } from "react";
import { PreviewView, type PreviewJson } from "./preview-view";

type Committed = { batchId?: number; counts?: { inserted: number; updated: number; unchanged: number; retired: number }; duplicateOf?: { batch: number } };

/** Choose a file → preview (nothing written) → confirm → the batch written. */
export function ImportPanel() {
  const t = useTranslations("importPage");
  const [busy, setBusy] = useState<"upload" | "commit" | null>(null);
  const [preview, setPreview] = useState<PreviewJson | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState<Committed | null>(null);

  async function upload(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setError(null);
    setDone(null);
    setPreview(null);
    setBusy("upload");
    try {
      const response = await fetch("/api/import/preview", { method: "POST", body: new FormData(event.currentTarget) });
      const json = await response.json();
      if (!response.ok) setError(json.error ?? String(response.status));
      else setPreview(json as PreviewJson);
    } catch (e) {
      setError(String(e));
    } finally {
      setBusy(null);
    }
  }

  async function commit() {
    if (!preview) return;
    setBusy("commit");
    setError(null);
    try {
      const response = await fetch("/api/import/commit", { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ token: preview.token }) });
      const json = await response.json();
      if (!response.ok) setError(json.error ?? String(response.status));
      else {
        setDone(json as Committed);
        setPreview(null);
      }
    } catch (e) {
      setError(String(e));
    } finally {
      setBusy(null);
    }
  }

  return (
    <div className="data-card" data-testid="import-panel">
      <div className="data-actions">
        <a className="button button--ghost" href="/api/import/template" data-testid="template-link">{t("template")}</a>
        <IntentLink href="/data/batches">{t("batches")}</IntentLink>
      </div>
      <form className="data-actions" onSubmit={upload}>
        <label>
          {t("file")}{" "}
          <input type="file" name="file" accept=".xlsx,.csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,text/csv" required data-testid="import-file" />
        </label>
        <button className="button" type="submit" disabled={busy !== null} data-testid="import-upload">{busy === "upload" ? t("uploading") : t("upload")}</button>
      </form>
      {error ? <p className="data-error" role="alert" data-testid="import-error">{error}</p> : null}
      {done?.batchId !== undefined && done.counts ? (
        <p className="data-ok" role="status" data-testid="import-done" data-batch={done.batchId}>
          {t("committed", { batch: done.batchId, ...done.counts })}
        </p>
      ) : null}
      {done?.duplicateOf ? <p className="data-ok" role="status" data-testid="import-done">{t("duplicate", { batch: done.duplicateOf.batch })}</p> : null}
      {preview ? <PreviewView preview={preview} busy={busy === "commit"} onConfirm={commit} /> : null}
    </div>
  );
}
