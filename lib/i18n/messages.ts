import type { Locale } from "./config";
import enAuth from "./messages/en/auth.json";
import enCore from "./messages/en/core.json";
import enExplore from "./messages/en/explore.json";
import enExports from "./messages/en/exports.json";
import enProgress from "./messages/en/progress.json";
import enTargets from "./messages/en/targets.json";
import zhAuth from "./messages/zh-CN/auth.json";
import zhCore from "./messages/zh-CN/core.json";
import zhExplore from "./messages/zh-CN/explore.json";
import zhExports from "./messages/zh-CN/exports.json";
import zhProgress from "./messages/zh-CN/progress.json";
import zhTargets from "./messages/zh-CN/targets.json";

// One file per feature area, each holding its own top-level namespaces; merged here.
const zh = { ...zhCore, ...zhExports, ...zhExplore, ...zhAuth, ...zhProgress, ...zhTargets };
const en = { ...enCore, ...enExports, ...enExplore, ...enAuth, ...enProgress, ...enTargets };

export type Messages = typeof zh;

export function loadMessages(locale: Locale): Messages {
  return locale === "en" ? (en as Messages) : zh;
}
