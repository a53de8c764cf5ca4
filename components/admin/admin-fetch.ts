import "client-only";

/** Sends a JSON request to an administration route and returns its JSON, whatever the status. */
export async function sendJson(url: string, method: "POST" | "PATCH", body: unknown): Promise<{ ok: boolean; body: Record<string, unknown> }> {
  try {
    const response = await fetch(url, { method, headers: { "content-type": "application/json" }, body: JSON.stringify(body ?? {}) });
    return { ok: response.ok, body: ((await response.json().catch(() => ({}))) as Record<string, unknown>) ?? {} };
  } catch {
    return { ok: false, body: {} };
  }
}

export function scopeFromForm(form: FormData): { districts: string[]; supporters: string[] } {
  return { districts: form.getAll("districts").map(String), supporters: form.getAll("supporters").map(String) };
}
