import { dataText } from "@/lib/data-english";
import type { Locale } from "@/lib/i18n/config";

/**
 * Text from the data in the reader's language. In English, text that has no English form is
 * shown as it is, in Chinese, tagged lang="zh-CN" and followed by "(Chinese original)", so a
 * reader (and a screen reader) knows it is the source's own wording, not a missing translation.
 */
export function DataText({ text, locale, originalLabel }: { text: string; locale: Locale; originalLabel: string }) {
  const shown = dataText(text, locale);
  if (!shown.original) return <>{shown.text}</>;
  return (
    <>
      <span lang="zh-CN" data-chinese-original>{shown.text}</span> <span className="data-text__original">{originalLabel}</span>
    </>
  );
}
