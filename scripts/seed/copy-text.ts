// PostgreSQL COPY text format (the default of `COPY … FROM STDIN`): one line per row, fields separated by tabs, \N for
// NULL, and backslash escapes for the characters that would otherwise end a field or a line. The seed's checksum is
// taken over exactly these lines, so what is hashed is what the database receives.

/** A field value as generators produce it; the encoder decides its text form. */
export type Field = string | number | bigint | boolean | null | readonly string[];
export type Row = readonly Field[];

const NEEDS_ESCAPE = /[\\\t\n\r]/;
const ESCAPES = /[\\\t\n\r]/g;
const ESCAPE_OF: Record<string, string> = { '\\': '\\\\', '\t': '\\t', '\n': '\\n', '\r': '\\r' };

export function escapeCopyText(value: string): string {
  return NEEDS_ESCAPE.test(value) ? value.replace(ESCAPES, (c) => ESCAPE_OF[c]!) : value;
}

// An array element must be double-quoted when it is empty, the word NULL, or contains a character the array parser
// treats specially; inside quotes, " and \ are backslash-escaped.
const ARRAY_NEEDS_QUOTES = /[{}",\\\s]/;

export function arrayLiteral(values: readonly string[]): string {
  const items = values.map((v) =>
    v === '' || ARRAY_NEEDS_QUOTES.test(v) || v.toUpperCase() === 'NULL' ? `"${v.replace(/["\\]/g, '\\$&')}"` : v,
  );
  return `{${items.join(',')}}`;
}

export function encodeField(value: Field): string {
  if (value === null) return '\\N';
  switch (typeof value) {
    case 'string':
      return escapeCopyText(value);
    case 'bigint':
      return value.toString();
    case 'boolean':
      return value ? 't' : 'f';
    case 'number':
      if (!Number.isFinite(value)) throw new RangeError(`Cannot write ${value} to PostgreSQL`);
      return String(value);
    default:
      return escapeCopyText(arrayLiteral(value));
  }
}

/** One COPY line, newline included. */
export function encodeRow(row: Row): string {
  let line = encodeField(row[0]!);
  for (let i = 1; i < row.length; i++) line += '\t' + encodeField(row[i]!);
  return line + '\n';
}

/** Decodes one COPY text field back to its text (or null): for tests and diagnostics. */
export function decodeField(text: string): string | null {
  if (text === '\\N') return null;
  return text.replace(/\\(.)/g, (_, c: string) => ({ t: '\t', n: '\n', r: '\r', b: '\b', f: '\f', v: '\v' })[c] ?? c);
}
