import type { Locale } from "./config";
import enAuth from "./messages/en/auth.json";
import enCore from "./messages/en/core.json";
import enExplore from "./messages/en/explore.json";
import enExports from "./messages/en/exports.json";
import enHardening from "./messages/en/hardening.json";
import zhAuth from "./messages/zh-CN/auth.json";
import zhCore from "./messages/zh-CN/core.json";
import zhExplore from "./messages/zh-CN/explore.json";
import zhExports from "./messages/zh-CN/exports.json";
import zhHardening from "./messages/zh-CN/hardening.json";

// One file per feature area, each holding its own top-level namespaces; merged here.
// hardening.json adds codes to core's filterIssues namespace, so that one namespace is merged key by key.
const zh = { ...zhCore, ...zhExports, ...zhExplore, ...zhAuth, ...zhHardening, filterIssues: { ...zhCore.filterIssues, ...zhHardening.filterIssues } };
const en = { ...enCore, ...enExports, ...enExplore, ...enAuth, ...enHardening, filterIssues: { ...enCore.filterIssues, ...enHardening.filterIssues } };

export type Messages = typeof zh;

export function loadMessages(locale: Locale): Messages {
  return locale === "en" ? (en as Messages) : zh;
}
