/**
 * The texts of Slant's browser components, in the reader's language: the server sends each element its messages as
 * JSON in the `texts` property (Translations.forBrowser), keys without their prefix; placeholders are `{name}`.
 */
export type Texts = Record<string, string>;

/** The messages of the `texts` property; none where it is empty or not JSON. */
export function parseTexts(json: string | undefined | null): Texts {
  if (!json) return {};
  try {
    return JSON.parse(json) as Texts;
  } catch {
    return {};
  }
}

/** A message with its `{name}` placeholders filled in; the key itself where the message is missing. */
export function t(texts: Texts, key: string, values: Record<string, string | number> = {}): string {
  const message = texts[key] ?? key;
  return message.replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
}

/**
 * A message as pieces to render, for placeholders that are markup (a key in <kbd>): the text between them as
 * strings, each placeholder as the value given for it (a Lit template, or a string).
 */
export function tParts<T>(texts: Texts, key: string, values: Record<string, T | string | number>): (T | string)[] {
  const message = texts[key] ?? key;
  const parts: (T | string)[] = [];
  let at = 0;
  for (const found of message.matchAll(/\{(\w+)\}/g)) {
    const name = found[1];
    if (!(name in values)) continue;
    if (found.index! > at) parts.push(message.slice(at, found.index));
    const value = values[name];
    parts.push(typeof value === 'number' ? String(value) : value);
    at = found.index! + found[0].length;
  }
  if (at < message.length) parts.push(message.slice(at));
  return parts;
}
