import type { ReactElement } from "react";
import { plainTextSelectors, render } from "@react-email/render";

export type RenderedEmail = { html: string; text: string };

// Links in the plain-text part read "text https://…", never "text [https://…]": a bracket
// glued to a URL breaks it in many mail clients. A phone link reads as the number alone: its
// "tel:" address repeats it.
const TEXT_OPTIONS = {
  wordwrap: false as const,
  selectors: [
    ...plainTextSelectors,
    { selector: "a", options: { linkBrackets: false as const, hideLinkHrefIfSameAsText: true } },
    { selector: 'a[href^="tel:"]', format: "anchor", options: { ignoreHref: true } },
    { selector: "img", format: "skip" },
  ],
};

/** Every email has an HTML part and a plain-text part, from the same template. */
export async function renderEmail(element: ReactElement): Promise<RenderedEmail> {
  const [html, text] = await Promise.all([render(element), render(element, { plainText: true, htmlToTextOptions: TEXT_OPTIONS })]);
  return { html, text: text.replace(/\u00a0/g, " ").trim() };
}
