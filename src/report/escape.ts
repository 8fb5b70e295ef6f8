/**
 * Escaping for the markup formats. Resource names, tags, messages and file paths come from
 * attackers, so every one of them passes through here before it reaches XML, HTML or Markdown.
 */

/** Characters XML 1.0 forbids even when escaped: C0 controls other than tab/LF/CR, lone surrogates, U+FFFE/U+FFFF. */
const XML_ILLEGAL =
  // eslint-disable-next-line no-control-regex
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/**
 * Bidirectional overrides and isolates reorder the text around them ("Trojan Source"): a name
 * can display as something it is not. Line and paragraph separators break lines in some viewers.
 * Shown reports replace them; JSON formats keep the exact value, escaped by their encoder.
 */
const DISPLAY_UNSAFE = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\u2028\u2029]/g;

/** Text and attribute values for XML and HTML: markup characters as entities, illegal characters replaced. */
export function escapeXml(s: string): string {
  return s
    .replace(XML_ILLEGAL, "\ufffd")
    .replace(DISPLAY_UNSAFE, "\ufffd")
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&apos;");
}

/** HTML uses `&#39;` for the apostrophe: `&apos;` is not an HTML 4 entity. */
export function escapeHtml(s: string): string {
  return escapeXml(s).replace(/&apos;/g, "&#39;");
}

/**
 * Inline Markdown text (a table cell, a list item): HTML-significant characters as entities so
 * nothing renders as a tag, Markdown punctuation backslash-escaped so nothing renders as a link,
 * image, emphasis or code, and line breaks flattened so a value cannot break out of a table row.
 * A zero-width space after `@` keeps a name like `@org/security-team` from notifying anyone when
 * the report is posted as a pull-request comment (escaping the `@` does not stop a mention).
 */
export function escapeMarkdown(s: string): string {
  return s
    .replace(XML_ILLEGAL, "\ufffd")
    .replace(/\r\n|\r|\n/g, " ")
    .replace(DISPLAY_UNSAFE, "\ufffd")
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/[\\`*_{}[\]()#+\-.!|~"']/g, (c) => `\\${c}`)
    .replace(/@/g, "@&#8203;");
}
