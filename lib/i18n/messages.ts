import type { Locale } from "./config";
import enCore from "./messages/en/core.json";
import enExplore from "./messages/en/explore.json";
import enExports from "./messages/en/exports.json";
import enFont from "./messages/en/font.json";
import zhCore from "./messages/zh-CN/core.json";
import zhExplore from "./messages/zh-CN/explore.json";
import zhExports from "./messages/zh-CN/exports.json";
import zhFont from "./messages/zh-CN/font.json";

// One file per feature area, each holding its own top-level namespaces; merged here.
const zh = { ...zhCore, ...zhExports, ...zhExplore, ...zhFont };
const en = { ...enCore, ...enExports, ...enExplore, ...enFont };

export type Messages = typeof zh;

export function loadMessages(locale: Locale): Messages {
  return locale === "en" ? (en as Messages) : zh;
}
