import { z } from "zod";

// Free text from the outside world, checked once at the boundary. PostgreSQL refuses NUL in text
// (SQLSTATE 22021, a 500 for the client); the other characters refused here are never typed by
// people and only hide, reorder or corrupt text: control characters, lone surrogates (stored as
// U+FFFD), noncharacters, and the bidi embeddings, overrides and isolates of "Trojan Source".
// Left alone: ordinary Unicode, emoji with joiners, and the LRM/RLM marks real RTL text uses.

export const SPECIAL_CHARACTERS_MESSAGE = "Please remove special characters";
export const NOT_TEXT_MESSAGE = "Please enter text";

// Unsafe on one line or many: DEL and C1 controls, line/paragraph separators, bidi controls,
// noncharacters (U+FDD0–FDEF, U+xFFFE/xFFFF) and, under the u flag, unpaired surrogates.
const ALWAYS = String.raw`\u007F-\u009F\u2028\u2029\u202A-\u202E\u2066-\u2069\p{Noncharacter_Code_Point}\uD800-\uDFFF`;
const SINGLE_LINE_UNSAFE = new RegExp(String.raw`[\u0000-\u001F${ALWAYS}]`, "u");
// Tab, LF and CRLF are how people (and browsers, for textareas) write several lines.
const MULTI_LINE_UNSAFE = new RegExp(String.raw`[\u0000-\u0008\u000B\u000C\u000E-\u001F${ALWAYS}]|\r(?!\n)`, "u");

/** True when the text has no characters that are unsafe on a single line (names, emails, phones). */
export function isSafeSingleLine(text: string): boolean {
  return !SINGLE_LINE_UNSAFE.test(text);
}

/** Like isSafeSingleLine, but tabs, LF and CRLF line breaks are fine (notes, reasons). */
export function isSafeMultiLine(text: string): boolean {
  return !MULTI_LINE_UNSAFE.test(text);
}

/**
 * A trimmed one-line string without special characters; chain .min/.max/.regex after it.
 * The character check comes first, so it is the message a field shows.
 */
export function singleLineText(): z.ZodString {
  return z.string({ error: NOT_TEXT_MESSAGE }).trim().refine(isSafeSingleLine, SPECIAL_CHARACTERS_MESSAGE);
}

/** A trimmed string that may span lines (tab, LF, CRLF) but has no other special characters. */
export function multiLineText(): z.ZodString {
  return z.string({ error: NOT_TEXT_MESSAGE }).trim().refine(isSafeMultiLine, SPECIAL_CHARACTERS_MESSAGE);
}
