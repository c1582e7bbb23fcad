import { describe, expect, it } from "vitest";
import { isSafeMultiLine, isSafeSingleLine, multiLineText, singleLineText, SPECIAL_CHARACTERS_MESSAGE } from "@/lib/validation/text";

const refusedEverywhere: [string, string][] = [
  ["NUL", "\u0000"],
  ["bell", "\u0007"],
  ["vertical tab", "\u000b"],
  ["form feed", "\u000c"],
  ["escape", "\u001b"],
  ["DEL", "\u007f"],
  ["a C1 control (NEL)", "\u0085"],
  ["a lone carriage return", "\r"],
  ["the line separator", "\u2028"],
  ["a right-to-left override", "\u202e"],
  ["a left-to-right embedding", "\u202a"],
  ["a first-strong isolate", "\u2068"],
  ["U+FFFE", "\ufffe"],
  ["U+FFFF", "\uffff"],
  ["a noncharacter in the U+FDD0 block", "\ufdd0"],
  ["a plane-1 noncharacter", "\u{1fffe}"],
  ["a lone high surrogate", "\ud83d"],
  ["a lone low surrogate", "\ude00"],
];

const allowedEverywhere: [string, string][] = [
  ["accents", "Zoë Ångström-Núñez"],
  ["CJK", "山田 太郎"],
  ["Arabic with a right-to-left mark", "سارة\u200f"],
  ["an emoji with a zero-width joiner", "👩‍👩‍👧 family"],
  ["an astral character", "𝒜lice"],
  ["an apostrophe and quotes", `O'Brien "Bo"`],
];

describe("free text at the boundary", () => {
  it.each(refusedEverywhere)("%s inside text is refused on one line and on many", (_what, ch) => {
    expect(isSafeSingleLine(`a${ch}b`)).toBe(false);
    expect(isSafeMultiLine(`a${ch}b`)).toBe(false);
  });

  it.each(allowedEverywhere)("%s is kept", (_what, text) => {
    expect(isSafeSingleLine(text)).toBe(true);
    expect(isSafeMultiLine(text)).toBe(true);
  });

  it.each([
    ["a tab", "a\tb"],
    ["a line feed", "a\nb"],
    ["a CRLF line break", "a\r\nb"],
  ])("%s is fine in a note but refused in a name", (_what, text) => {
    expect(isSafeMultiLine(text)).toBe(true);
    expect(isSafeSingleLine(text)).toBe(false);
  });

  it("the refusal is a field message in plain words, shown before length problems", () => {
    const name = singleLineText().min(2, "too short");
    const result = name.safeParse("\u0000");
    expect(result.error?.issues[0]?.message).toBe(SPECIAL_CHARACTERS_MESSAGE);
  });

  it("surrounding whitespace, line breaks included, is trimmed rather than refused", () => {
    expect(singleLineText().parse("  Jane Doe\r\n")).toBe("Jane Doe");
    expect(multiLineText().parse("\n line one\r\nline two \t")).toBe("line one\r\nline two");
  });

  it("something that is not a string gets a message, not an exception", () => {
    expect(singleLineText().safeParse(42).error?.issues[0]?.message).toMatch(/enter text/);
    expect(multiLineText().safeParse({ toString: () => "x" }).success).toBe(false);
  });
});
