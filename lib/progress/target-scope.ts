/** Who a target is for; the schema's column takes its values from here, so the browser needs no database code. */
export const TARGET_SCOPES = ["program", "district", "supporter", "pairing"] as const;
export type TargetScope = (typeof TARGET_SCOPES)[number];

export function isTargetScope(value: string | undefined): value is TargetScope {
  return value !== undefined && (TARGET_SCOPES as readonly string[]).includes(value);
}
