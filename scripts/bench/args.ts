/**
 * A bench script's `--name N` option: N when given, the fallback otherwise. A value that is not a
 * positive number stops the script with a sentence rather than run with NaN.
 */
export function numberFlag(args: readonly string[], name: string, fallback: number): number {
  const i = args.indexOf(name);
  if (i < 0) return fallback;
  const value = Number(args[i + 1]);
  if (!Number.isFinite(value) || value <= 0) {
    console.error(`${name} wants a positive number, not ${JSON.stringify(args[i + 1] ?? "")}`);
    process.exit(2);
  }
  return value;
}
