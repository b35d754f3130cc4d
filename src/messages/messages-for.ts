import type { Lang } from "../domain/types.ts";
import { en } from "./en.ts";
import { es } from "./es.ts";

const catalogs = { en, es } as const;

/** The message catalog of a language (English when the language is unknown). */
export function messagesFor(lang: Lang | string) {
  return catalogs[lang as Lang] ?? en;
}
