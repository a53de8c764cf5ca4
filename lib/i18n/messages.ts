import type { Locale } from "./config";
import enAuth from "./messages/en/auth.json";
import enCore from "./messages/en/core.json";
import enExplore from "./messages/en/explore.json";
import enExports from "./messages/en/exports.json";
import enFont from "./messages/en/font.json";
import enHardening from "./messages/en/hardening.json";
import enImport from "./messages/en/import.json";
import enOfficials from "./messages/en/officials.json";
import enProgress from "./messages/en/progress.json";
import enTargets from "./messages/en/targets.json";
import enTruth from "./messages/en/truth.json";
import zhAuth from "./messages/zh-CN/auth.json";
import zhCore from "./messages/zh-CN/core.json";
import zhExplore from "./messages/zh-CN/explore.json";
import zhExports from "./messages/zh-CN/exports.json";
import zhFont from "./messages/zh-CN/font.json";
import zhHardening from "./messages/zh-CN/hardening.json";
import zhImport from "./messages/zh-CN/import.json";
import zhOfficials from "./messages/zh-CN/officials.json";
import zhProgress from "./messages/zh-CN/progress.json";
import zhTargets from "./messages/zh-CN/targets.json";
import zhTruth from "./messages/zh-CN/truth.json";

// One file per feature area, each holding its own top-level namespaces; merged here. A namespace
// that several files extend (e.g. filterIssues) is merged key by key.
const zh = { ...zhCore, ...zhExports, ...zhExplore, ...zhFont, ...zhAuth, ...zhHardening, ...zhImport, ...zhOfficials, ...zhProgress, ...zhTargets, ...zhTruth, filterIssues: { ...zhCore.filterIssues, ...zhHardening.filterIssues } };
const en = { ...enCore, ...enExports, ...enExplore, ...enFont, ...enAuth, ...enHardening, ...enImport, ...enOfficials, ...enProgress, ...enTargets, ...enTruth, filterIssues: { ...enCore.filterIssues, ...enHardening.filterIssues } };

export type Messages = typeof zh;

export function loadMessages(locale: Locale): Messages {
  return locale === "en" ? (en as Messages) : zh;
}
