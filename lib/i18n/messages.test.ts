import { describe, expect, it } from "vitest";
import { loadMessages } from "./messages";

function keys(value: unknown, prefix = ""): string[] {
  if (typeof value !== "object" || value === null) return [prefix];
  return Object.entries(value).flatMap(([k, v]) => keys(v, prefix ? `${prefix}.${k}` : k));
}

describe("messages", () => {
  it("has the same keys in Chinese and English", () => {
    expect(keys(loadMessages("en")).sort()).toEqual(keys(loadMessages("zh-CN")).sort());
  });

  // An ICU argument counts by its name: "{count, plural, one {# district} other {# districts}}" uses count.
  it("uses the same placeholders in both languages", () => {
    const placeholders = (messages: unknown) =>
      Object.fromEntries(keys(messages).map((k) => [k, (k.split(".").reduce<unknown>((o, p) => (o as Record<string, unknown>)[p], messages) as string).match(/\{\w+(?=[,}])/g)?.filter((x, i, all) => all.indexOf(x) === i).sort() ?? []]));
    expect(placeholders(loadMessages("en"))).toEqual(placeholders(loadMessages("zh-CN")));
  });
});
