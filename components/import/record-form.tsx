"use client";

import { useTranslations } from "next-intl";
import { useState, type FormEvent } from "react";

export type FormField = { field: string; label: string; type: "select" | "text" | "number"; required: boolean; options?: { value: string; label: string }[] };

/** One record's fields; posts (add) or puts (correct) the text typed, and offers delete on a correction. */
export function RecordForm({ action, method, fields, initial, canDelete }: { action: string; method: "POST" | "PUT"; fields: FormField[]; initial: Record<string, string>; canDelete: boolean }) {
  const t = useTranslations("recordForm");
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const [fieldErrors, setFieldErrors] = useState<Record<string, string>>({});
  const [busy, setBusy] = useState(false);

  async function send(method: "POST" | "PUT" | "DELETE", body?: Record<string, string>) {
    setBusy(true);
    try {
      const response = await fetch(action, { method, headers: body ? { "content-type": "application/json" } : undefined, body: body ? JSON.stringify(body) : undefined });
      const json = (await response.json()) as { error?: string; message?: string; fields?: Record<string, string>; batchId?: number };
      setFieldErrors(json.fields ?? {});
      setMessage({ ok: response.ok, text: response.ok ? (method === "DELETE" ? t("deleted", { batch: json.batchId ?? "" }) : (json.message ?? "")) : (json.error ?? String(response.status)) });
    } finally {
      setBusy(false);
    }
  }

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    send(method, Object.fromEntries(fields.map((f) => [f.field, String(data.get(f.field) ?? "")])));
  }

  return (
    <form onSubmit={submit} className="data-card" data-testid="record-form">
      <div className="data-form">
        {fields.map((f) => (
          <label key={f.field} style={{ display: "contents" }}>
            <span>{f.label}{f.required ? " *" : ""}</span>
            <span>
              {f.type === "select" ? (
                <select name={f.field} defaultValue={initial[f.field] ?? ""} required={f.required}>
                  {f.required ? null : <option value="">—</option>}
                  {f.options?.map((o) => <option key={o.value} value={o.value}>{o.label}</option>)}
                </select>
              ) : (
                <input name={f.field} defaultValue={initial[f.field] ?? ""} required={f.required} inputMode={f.type === "number" ? "decimal" : undefined} />
              )}
              {fieldErrors[f.field] ? <span className="data-error" role="alert"> {fieldErrors[f.field]}</span> : null}
            </span>
          </label>
        ))}
      </div>
      <div className="data-actions">
        <button className="button" type="submit" disabled={busy} data-testid="record-save">{t("save")}</button>
        {canDelete ? <button className="button button--ghost" type="button" disabled={busy} onClick={() => send("DELETE")} data-testid="record-delete">{t("delete")}</button> : null}
      </div>
      {message ? <p role="status" className={message.ok ? "data-ok" : "data-error"} data-testid="record-message">{message.text}</p> : null}
    </form>
  );
}
