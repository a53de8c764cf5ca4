/**
 * A small XML reader for the chart SVG markup our exports compose (XMLSerializer output, so
 * always well-formed): elements, attributes, text and the five entities plus numeric ones.
 * Comments, processing instructions and CDATA are skipped; no DTDs. Pure, so the briefing's
 * vector drawing works the same in the browser and in Node tests.
 */
export type XmlElement = { name: string; attributes: Record<string, string>; children: XmlNode[] };
export type XmlNode = XmlElement | string;

const ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };

export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, body: string) => {
    if (body[0] === "#") {
      const code = body[1] === "x" || body[1] === "X" ? Number.parseInt(body.slice(2), 16) : Number.parseInt(body.slice(1), 10);
      return Number.isFinite(code) ? String.fromCodePoint(code) : whole;
    }
    return ENTITIES[body] ?? whole;
  });
}

const ATTRIBUTE = /([^\s=/>]+)\s*=\s*("([^"]*)"|'([^']*)')/g;

/** The root element of `markup`; throws on markup that is not well-formed. */
export function parseXml(markup: string): XmlElement {
  const root: XmlElement = { name: "#document", attributes: {}, children: [] };
  const stack: XmlElement[] = [root];
  let i = 0;
  while (i < markup.length) {
    const lt = markup.indexOf("<", i);
    const textEnd = lt === -1 ? markup.length : lt;
    if (textEnd > i) stack.at(-1)!.children.push(decodeEntities(markup.slice(i, textEnd)));
    if (lt === -1) break;
    if (markup.startsWith("<!--", lt)) {
      i = markup.indexOf("-->", lt) + 3;
    } else if (markup.startsWith("<![CDATA[", lt)) {
      const end = markup.indexOf("]]>", lt);
      stack.at(-1)!.children.push(markup.slice(lt + 9, end));
      i = end + 3;
    } else if (markup[lt + 1] === "?" || markup[lt + 1] === "!") {
      i = markup.indexOf(">", lt) + 1;
    } else if (markup[lt + 1] === "/") {
      const end = markup.indexOf(">", lt);
      const name = markup.slice(lt + 2, end).trim();
      const open = stack.pop();
      if (!open || open.name !== name) throw new Error(`XML: </${name}> closes <${open?.name ?? "nothing"}>`);
      i = end + 1;
    } else {
      // The tag ends at the first ">" outside quotes.
      let end = lt + 1;
      let quote = "";
      for (; end < markup.length; end++) {
        const c = markup[end];
        if (quote) {
          if (c === quote) quote = "";
        } else if (c === '"' || c === "'") quote = c;
        else if (c === ">") break;
      }
      if (end >= markup.length) throw new Error("XML: unterminated tag");
      const selfClosing = markup[end - 1] === "/";
      const body = markup.slice(lt + 1, selfClosing ? end - 1 : end);
      const name = body.match(/^[^\s/>]+/)?.[0] ?? "";
      const attributes: Record<string, string> = {};
      for (const m of body.slice(name.length).matchAll(ATTRIBUTE)) attributes[m[1]!] = decodeEntities(m[3] ?? m[4] ?? "");
      const element: XmlElement = { name, attributes, children: [] };
      stack.at(-1)!.children.push(element);
      if (!selfClosing) stack.push(element);
      i = end + 1;
    }
    if (i <= 0) throw new Error("XML: unterminated comment or declaration");
  }
  if (stack.length !== 1) throw new Error(`XML: <${stack.at(-1)!.name}> is not closed`);
  const first = root.children.find((c): c is XmlElement => typeof c !== "string");
  if (!first) throw new Error("XML: no element");
  return first;
}
