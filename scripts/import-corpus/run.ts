import fs from "node:fs";
import path from "node:path";
import { generateCorpus } from "./corpus";

/** npm run import:corpus [-- DIR]: writes the hostile corpus to DIR (default test-results/import-corpus) to try by hand. */
async function main(dir = "test-results/import-corpus"): Promise<void> {
  fs.mkdirSync(dir, { recursive: true });
  const files = await generateCorpus();
  for (const f of files) fs.writeFileSync(path.join(dir, f.name), f.bytes);
  fs.writeFileSync(path.join(dir, "INDEX.md"), files.map((f) => `- ${f.name} (${f.bytes.length} bytes): ${f.why} → ${f.expect === "file" ? "whole file refused" : "rows refused or noted"}`).join("\n") + "\n");
  console.log(`${files.length} files in ${dir}`);
}

main(process.argv[2]).catch((error) => {
  console.error(error);
  process.exit(1);
});
