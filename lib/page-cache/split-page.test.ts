import { describe, expect, it } from "vitest";
import { hasNonce, joinWithNonce, splitAtNonce } from "./split-page";

const OLD = "ITtSMww9DBXrCu4qN0YaZA==";
const NEW = "q1w2e3r4t5y6u7i8o9p0aS==";
const page = (nonce: string) =>
  `<!DOCTYPE html><html><head><script nonce="${nonce}" src="/a.js"></script></head><body>对口支援 <p>万州区</p><script nonce="${nonce}">self.__next_f.push([1,"{\\"nonce\\":\\"${nonce}\\"}"])</script></body></html>`;

describe("splitAtNonce / joinWithNonce", () => {
  it("puts the new nonce wherever the old one was, text around it byte for byte", () => {
    const stored = splitAtNonce(Buffer.from(page(OLD)), OLD);
    expect(stored.pieces).toHaveLength(4);
    expect(hasNonce(stored)).toBe(true);
    const sent = joinWithNonce(stored, NEW).toString("utf8");
    expect(sent).toBe(page(NEW));
    expect(sent).not.toContain(OLD);
  });

  it("handles a nonce at the very start and end, and one of another length", () => {
    const html = `${OLD}<p>中</p>${OLD}`;
    const stored = splitAtNonce(Buffer.from(html), OLD);
    expect(joinWithNonce(stored, "abc").toString()).toBe("abc<p>中</p>abc");
  });

  it("sends a page without its render's nonce as stored", () => {
    const stored = splitAtNonce(Buffer.from("<p>no scripts</p>"), OLD);
    expect(hasNonce(stored)).toBe(false);
    expect(joinWithNonce(stored, NEW).toString()).toBe("<p>no scripts</p>");
    expect(hasNonce(splitAtNonce(Buffer.from(page(OLD)), null))).toBe(false);
  });

  it("gives each view its own bytes", () => {
    const stored = splitAtNonce(Buffer.from(page(OLD)), OLD);
    const a = joinWithNonce(stored, NEW);
    const b = joinWithNonce(stored, OLD.replace("I", "J"));
    expect(a.toString()).toBe(page(NEW));
    expect(b.toString()).toBe(page(OLD.replace("I", "J")));
  });
});
