import { describe, expect, it } from "vitest";
import { tokenize, wrapText } from "./text-wrap";

// Every character one unit wide: easy to reason about.
const width = (text: string) => [...text].length;

describe("wrapText", () => {
  it("breaks Chinese between any two characters", () => {
    expect(wrapText("引入资金按受援区县", 4, width)).toEqual(["引入资金", "按受援区", "县"]);
  });

  it("breaks Latin text at spaces", () => {
    expect(wrapText("Funds introduced by district", 12, width)).toEqual(["Funds", "introduced", "by district"]);
  });

  it("keeps closing punctuation off the start of a line", () => {
    expect(wrapText("万州区涪陵区，合计", 6, width)).toEqual(["万州区涪陵区，", "合计"]);
  });

  it("breaks a word longer than the line", () => {
    expect(wrapText("abcdefghij", 4, width)).toEqual(["abcd", "efgh", "ij"]);
  });

  it("keeps explicit line breaks", () => {
    expect(wrapText("一\n二", 10, width)).toEqual(["一", "二"]);
  });
});

describe("tokenize", () => {
  it("splits CJK per character and keeps Latin words and numbers whole", () => {
    expect(tokenize("年份2013–2022 Funds")).toEqual(["年", "份", "2013–2022", " ", "Funds"]);
  });
});
