import { expect, type Page } from "@playwright/test";
import { HtmlValidate, type ConfigData, type Message } from "html-validate";

/**
 * html-validate's recommended preset (HTML5 conformance, accessibility and SEO checks such as
 * long-title, unique-landmark and tel-non-breaking), adjusted only where React and Next.js write
 * markup we cannot change. Each entry says why; nothing here hides a fault in our own markup.
 */
export const HTML_VALIDATE_CONFIG: ConfigData = {
  extends: ["html-validate:recommended"],
  rules: {
    // React writes void elements self-closed (<meta/>, <br/>, <img/>), always. Both forms are valid
    // HTML; require React's one so a hand-written <br> that bypasses React still stands out.
    "void-style": ["error", { style: "selfclose" }],
    // React writes boolean attributes with an empty value (async="", hidden="", disabled=""), always.
    "attribute-boolean-style": ["error", { style: "empty" }],
    // Likewise for attributes that may be empty (download="").
    "attribute-empty-style": ["error", { style: "empty" }],
    // React keeps the DOM property's camelCase for a few attributes (charSet, fetchPriority,
    // tabIndex on SVG...); HTML attribute names are case-insensitive. Upper and Pascal case still fail.
    "attr-case": ["error", { style: ["lowercase", "camelcase"] }],
    // Next.js gives its bootstrap <script> the id "_R_". HTML5 allows any id without spaces
    // (relaxed mode); the strict default also demands a leading letter, which HTML4 needed.
    "valid-id": ["error", { relaxed: true }],
  },
};

let validator: HtmlValidate | undefined;

function formatMessage(m: Message): string {
  return `${m.ruleId} (${m.line}:${m.column}): ${m.message}${m.selector ? ` [${m.selector}]` : ""}`;
}

/** Every html-validate error in `html`, one readable line each (empty when the markup is valid). */
export async function htmlValidationErrors(html: string, name = "page.html"): Promise<string[]> {
  validator ??= new HtmlValidate(HTML_VALIDATE_CONFIG);
  const report = await validator.validateString(html, name);
  return report.results.flatMap((r) => r.messages.filter((m) => m.severity === 2).map(formatMessage));
}

/**
 * Fail with the list of html-validate errors for a page's served HTML (the server's response, not the
 * DOM after hydration: what a crawler or a browser without JavaScript gets) or for a string of HTML.
 * With `soft`, the test goes on after a failure so later checks still report.
 */
export async function expectValidHtml(source: Page | string, options: { soft?: boolean } = {}): Promise<void> {
  let html: string;
  let name = "inline.html";
  if (typeof source === "string") {
    html = source;
  } else {
    name = source.url();
    html = await (await source.request.get(name)).text();
  }
  const errors = await htmlValidationErrors(html, name);
  (options.soft ? expect.soft : expect)(errors, `html-validate errors in ${name}`).toEqual([]);
}
