import { execSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { clientMessages, CLIENT_MESSAGES, PAGE_MESSAGES } from "./client-messages";
import { loadMessages } from "./messages";

describe("clientMessages", () => {
  it("keeps only the namespaces and sub-trees asked for", () => {
    const all = loadMessages("en");
    const picked = clientMessages(all, ["app", "explore.map"]);
    expect(Object.keys(picked).sort()).toEqual(["app", "explore"]);
    expect(Object.keys(picked.explore!)).toEqual(["map"]);
    expect(picked.explore!.map).toEqual(all.explore.map);
  });

  it("ships every message a client component translates with (read from the sources)", () => {
    const files = execSync("git ls-files '*.tsx' '*.ts'", { encoding: "utf8" }).split("\n").filter(Boolean);
    // The shared set or one page's own set (components/page-messages.tsx wraps that page).
    const shipped: string[] = [...CLIENT_MESSAGES, ...Object.values(PAGE_MESSAGES).flat()];
    const covered = (key: string) => shipped.some((path) => key === path || key.startsWith(`${path}.`));
    let checked = 0;
    for (const file of files) {
      const text = readFileSync(file, "utf8");
      if (!text.startsWith('"use client"')) continue;
      // const t = useTranslations("ns"); … t("key") — literal keys only.
      for (const m of text.matchAll(/const (\w+) = useTranslations\("([^"]+)"\)/g)) {
        const [, name, namespace] = m;
        const keys = [...text.matchAll(new RegExp(`\\b${name}\\("([^"]+)"`, "g"))].map((k) => `${namespace}.${k[1]}`);
        for (const key of keys.length ? keys : [namespace!]) {
          expect(covered(key), `${file}: ${key}`).toBe(true);
          checked++;
        }
      }
    }
    expect(checked).toBeGreaterThan(50);
  });

  it("leaves out what only the server translates", () => {
    const picked = clientMessages(loadMessages("zh-CN"));
    expect(picked).not.toHaveProperty("filterIssues");
    expect(picked).not.toHaveProperty("kpi");
    expect(picked.explore).not.toHaveProperty("subPairings");
  });
});
