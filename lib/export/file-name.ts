/**
 * Export file names say what they hold, the same way everywhere:
 * "<chart name>_<filter slug>[_<variant>].<ext>", e.g. "funds-by-district_500101_2013-2022.png".
 */
export type ExportExtension = "png" | "svg" | "csv" | "xlsx" | "pdf" | "zip";

function safePart(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^a-z0-9._-]+/g, "-")
    .replace(/-{2,}/g, "-")
    .replace(/^[-.]+|[-.]+$/g, "");
}

export function exportFileName(name: string, slug: string, extension: ExportExtension, variant?: string): string {
  const parts = [safePart(name) || "export", safePart(slug), variant ? safePart(variant) : ""].filter(Boolean);
  return `${parts.join("_")}.${extension}`;
}

/** Name of a PNG at a pixel ratio: 2× (the default) carries no suffix, others "_1x", "_3x". */
export function pngFileName(name: string, slug: string, pixelRatio: number): string {
  return exportFileName(name, slug, "png", pixelRatio === 2 ? undefined : `${pixelRatio}x`);
}

/** Content-Disposition for a download, with an ASCII fallback and the exact name in RFC 5987 form. */
export function contentDisposition(fileName: string): string {
  const ascii = fileName.replace(/[^\x20-\x7e]/g, "_").replace(/["\\]/g, "_");
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(fileName)}`;
}

/**
 * A record export's name carries its search too ("funds-records_all_1992-2022_q-巫山.xlsx"), so two
 * downloads with different searches never look alike; letters of any script are kept.
 */
export function recordFileName(name: string, slug: string, extension: ExportExtension, q: string): string {
  const search = q
    .normalize("NFKC")
    .replace(/[^\p{L}\p{N}_-]+/gu, "-")
    .replace(/-{2,}/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 30);
  const base = exportFileName(name, slug, extension);
  return search ? base.replace(new RegExp(`\\.${extension}$`), `_q-${search}.${extension}`) : base;
}
