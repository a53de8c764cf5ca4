"use client";

import { useTranslations } from "next-intl";
import { useMemo } from "react";
import type { ExportText } from "@/lib/export/chart-export";

/** The words exports write into files (note labels, sheet names, the demonstration note), in the page's language. */
export function useExportText(): ExportText {
  const t = useTranslations("exports.notes");
  const frame = useTranslations("frame");
  return useMemo(
    () => ({ note: (key) => t(key), pair: (label, value) => t("pair", { label, value }), demoNote: frame("demoNote"), dataSheet: t("dataSheet"), notesSheet: t("notesSheet") }),
    [t, frame],
  );
}
