import { filtersToSearchParams, type Filters } from "../filter-params";

export class ApiError extends Error {
  constructor(message: string, readonly status: number) {
    super(message);
  }
}

/** GETs a dashboard route handler with the canonical filter params plus extras; throws ApiError with the server's reason. */
export async function fetchApi<T>(path: string, filters: Filters, extra: Record<string, string>, signal?: AbortSignal): Promise<T> {
  const params = filtersToSearchParams(filters);
  for (const [k, v] of Object.entries(extra)) params.set(k, v);
  const response = await fetch(`${path}?${params}`, { signal, headers: { accept: "application/json" } });
  const body: unknown = await response.json().catch(() => null);
  if (!response.ok) {
    const issues = (body as { issues?: { message: string }[] } | null)?.issues;
    const message = issues?.map((i) => i.message).join(" ") || (body as { error?: string } | null)?.error || response.statusText;
    throw new ApiError(message, response.status);
  }
  return body as T;
}
