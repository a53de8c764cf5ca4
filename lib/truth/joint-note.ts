/**
 * Names of the rows that carry joint figures (one figure published for several supporters
 * together), joined for a chart note; null when none does, so the note only shows where it applies.
 */
export function jointNames<T extends { joint: number }>(rows: readonly T[], label: (row: T) => string, locale: "zh-CN" | "en"): string | null {
  const names = [...new Set(rows.filter((r) => r.joint > 0).map(label))];
  if (!names.length) return null;
  return names.join(locale === "en" ? ", " : "、");
}
