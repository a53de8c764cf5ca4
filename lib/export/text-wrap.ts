/**
 * Line breaking for the briefing PDF: Chinese may break between any two characters, Latin text
 * at spaces; closing punctuation never starts a line (it stays at the end of the previous one).
 */
const CJK = /[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef\u3000-\u303f]/;
const NO_LINE_START = /^[，。、；：？！）》」』】〕,.;:?!)\]}%’”…—–·]/;

export function tokenize(text: string): string[] {
  const tokens: string[] = [];
  let word = "";
  for (const char of text) {
    if (char === " " || CJK.test(char)) {
      if (word) tokens.push(word);
      word = "";
      tokens.push(char);
    } else word += char;
  }
  if (word) tokens.push(word);
  return tokens;
}

export function wrapText(text: string, maxWidth: number, widthOf: (text: string) => number): string[] {
  const lines: string[] = [];
  for (const paragraph of text.split("\n")) {
    let line = "";
    for (const token of tokenize(paragraph)) {
      const candidate = line + token;
      if (widthOf(candidate) <= maxWidth || (line && NO_LINE_START.test(token))) {
        line = candidate;
        continue;
      }
      if (widthOf(token) > maxWidth) {
        // A word wider than the line: break it by characters.
        for (const char of token) {
          if (line && widthOf(line + char) > maxWidth) {
            lines.push(line.trimEnd());
            line = "";
          }
          line += char;
        }
        continue;
      }
      lines.push(line.trimEnd());
      line = token === " " ? "" : token;
    }
    lines.push(line.trimEnd());
  }
  return lines;
}
