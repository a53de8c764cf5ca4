import type { Locale } from "./config";
import en from "./messages/en.json";
import zh from "./messages/zh-CN.json";

export type Messages = typeof zh;

export function loadMessages(locale: Locale): Messages {
  return locale === "en" ? en : zh;
}
