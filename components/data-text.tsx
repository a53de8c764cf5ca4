import type { Locale } from "@/lib/i18n/config";

/** The text in the reader's language; `original` when English was asked for and only the Chinese exists. */
export function dataText(zh: string, en: string | null | undefined, locale: Locale): { text: string; original: boolean } {
  if (locale !== "en") return { text: zh, original: false };
  return en ? { text: en, original: false } : { text: zh, original: /[\u3400-\u9fff]/.test(zh) };
}

/**
 * Text from the data in the reader's language, given with its English form (looked up on the server:
 * lib/data-english.ts). In English, text that has no English form is shown as it is, in Chinese,
 * tagged lang="zh-CN" and followed by "(Chinese original)", so a reader (and a screen reader) knows
 * it is the source's own wording, not a missing translation.
 */
export function DataText({ text, en, locale, originalLabel }: { text: string; en: string | null | undefined; locale: Locale; originalLabel: string }) {
  const shown = dataText(text, en, locale);
  if (!shown.original) return <>{shown.text}</>;
  return (
    <>
      <span lang="zh-CN" data-chinese-original>{shown.text}</span> <span className="data-text__original">{originalLabel}</span>
    </>
  );
}
