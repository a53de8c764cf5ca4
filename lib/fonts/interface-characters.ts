import fs from "node:fs";
import path from "node:path";

/**
 * Every character the interface can show from the repository itself: the messages, the seed
 * data (names, sources, demonstration record words) and literals in the code of pages and
 * components, plus printable ASCII and the punctuation numbers and dates use. Read from the
 * files, so a new message with a new character is noticed (lib/fonts/interface-font.test.ts).
 */
const SOURCES = ["lib/i18n/messages", "db/seed", "lib", "components", "app"];
const EXTENSIONS = /\.(ts|tsx|json)$/;
const SKIP = /(\.test\.tsx?|\.generated\.ts|interface-font\.ts)$|\/testing\//;
const ALWAYS = "，。：；、！？（）《》【】“”‘’—…·％￥×→←↑↓≥≤±－～　";

function* files(dir: string): Generator<string> {
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) yield* files(full);
    else if (EXTENSIONS.test(entry.name) && !SKIP.test(full)) yield full;
  }
}

export function interfaceCharacters(root: string): string {
  const set = new Set<number>();
  for (let code = 0x20; code < 0x7f; code++) set.add(code);
  for (const char of ALWAYS) set.add(char.codePointAt(0)!);
  for (const dir of SOURCES) {
    for (const file of files(path.join(root, dir))) {
      for (const char of fs.readFileSync(file, "utf8")) {
        const code = char.codePointAt(0)!;
        // Control and private-use characters and emoji are never drawn with this font.
        if (code >= 0xa0 && !(code >= 0xe000 && code <= 0xf8ff) && code < 0x1f000) set.add(code);
      }
    }
  }
  return String.fromCodePoint(...[...set].sort((a, b) => a - b));
}
