import "server-only";
import type { Db } from "@/db/client";
import zhCore from "@/lib/i18n/messages/zh-CN/core.json";
import enCore from "@/lib/i18n/messages/en/core.json";
import type { Locale } from "@/lib/i18n/config";
import type { MetricKey } from "@/lib/metrics";
import { SECTOR_KEYS, SECTORS } from "@/lib/sectors";
import type { FormField } from "@/components/import/record-form";
import { METRIC_COLUMNS } from "../columns";
import { lookupFromDb } from "./lookup";

/** The form's fields from the metric's columns (lib/import/columns.ts), with their choices. */
export function formFields(db: Db, metric: MetricKey, locale: Locale): FormField[] {
  const { reference } = lookupFromDb(db);
  const categories = (locale === "en" ? enCore : zhCore).categories as Record<string, string>;
  const name = (e: { zh: string; en: string }) => (locale === "en" ? e.en : e.zh);
  return METRIC_COLUMNS[metric].map((c): FormField => {
    const label = locale === "en" ? c.header.en : c.header.zh;
    const k = c.kind;
    switch (k.type) {
      case "district":
        return { field: c.field, label, type: "select", required: true, options: reference.districts.map((d) => ({ value: d.code, label: name(d) })) };
      case "supporter":
        return { field: c.field, label, type: "select", required: true, options: reference.supporters.map((s) => ({ value: s.code, label: name(s) })) };
      case "choice":
        return { field: c.field, label, type: "select", required: true, options: k.values.map((v) => ({ value: v, label: categories[v] ?? v })) };
      case "sector":
        return { field: c.field, label, type: "select", required: false, options: SECTOR_KEYS.map((s) => ({ value: s, label: name(SECTORS[s]) })) };
      case "text":
        return { field: c.field, label, type: "text", required: !k.optional };
      default:
        return { field: c.field, label, type: "number", required: !(k.type === "money" && k.optional) && !(k.type === "count" && k.defaultValue !== undefined) };
    }
  });
}
