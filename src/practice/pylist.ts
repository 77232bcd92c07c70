// A forgiving reader for a Python list of strings as it is being typed (`["ingest", "bu`), for
// task 4's live DAG. It never throws and never decides pass/fail: it says what it could read and
// what a Python interpreter would object to, so the drawing can follow the learner's typing.

export type ListIssue =
  /** A bare name: Python reads it as a variable (NameError). */
  | { kind: 'unquoted'; name: string }
  /** Something that is not a string (a number, a dict…). */
  | { kind: 'not-string'; text: string }
  /** A string still being typed. */
  | { kind: 'unclosed-string' }
  /** No closing `]` yet. */
  | { kind: 'unclosed-list' }
  /** The text does not start with `[`. */
  | { kind: 'not-a-list' }
  /** Text after the closing `]`. */
  | { kind: 'trailing'; text: string };

export type ListParse = { state: 'empty' } | { state: 'parsed'; items: string[]; issues: ListIssue[] };

const ESCAPES: Record<string, string> = { n: '\n', t: '\t', r: '\r', '\\': '\\', "'": "'", '"': '"', '0': '\0' };

export function parseStringList(text: string): ListParse {
  const src = text.trim();
  if (src === '') return { state: 'empty' };
  const items: string[] = [];
  const issues: ListIssue[] = [];
  let i = 0;
  const skipSpace = (): void => {
    while (i < src.length && /\s/.test(src[i] as string)) i++;
  };

  let bracketed = true;
  if (src[0] === '[') i = 1;
  else {
    bracketed = false;
    issues.push({ kind: 'not-a-list' });
  }

  let closed = false;
  let pending: string | null = null; // adjacent string literals concatenate, as in Python
  const flush = (): void => {
    if (pending !== null) items.push(pending);
    pending = null;
  };

  while (i < src.length) {
    skipSpace();
    if (i >= src.length) break;
    const c = src[i] as string;
    if (c === ']' && bracketed) {
      flush();
      closed = true;
      i++;
      break;
    }
    if (c === ',') {
      flush();
      i++;
      continue;
    }
    if (c === '"' || c === "'") {
      const read = readString(src, i);
      if (read === null) {
        issues.push({ kind: 'unclosed-string' });
        i = src.length;
        break;
      }
      pending = (pending ?? '') + read.value;
      i = read.end;
      continue;
    }
    // Anything else up to the next comma or bracket is one unreadable item.
    const start = i;
    while (i < src.length && src[i] !== ',' && !(bracketed && src[i] === ']')) i++;
    const token = src.slice(start, i).trim();
    flush();
    if (/^[A-Za-z_]\w*$/.test(token)) {
      issues.push({ kind: 'unquoted', name: token });
      items.push(token);
    } else if (token !== '') {
      issues.push({ kind: 'not-string', text: token });
    }
  }
  flush();
  if (bracketed && !closed && !issues.some((p) => p.kind === 'unclosed-string')) issues.push({ kind: 'unclosed-list' });
  const rest = src.slice(i).trim();
  if (closed && rest !== '') issues.push({ kind: 'trailing', text: rest });
  return { state: 'parsed', items, issues };
}

function readString(src: string, start: number): { value: string; end: number } | null {
  const quote = src[start] as string;
  let value = '';
  let i = start + 1;
  while (i < src.length) {
    const c = src[i] as string;
    if (c === '\\' && i + 1 < src.length) {
      const e = src[i + 1] as string;
      value += ESCAPES[e] ?? `\\${e}`;
      i += 2;
      continue;
    }
    if (c === quote) return { value, end: i + 1 };
    value += c;
    i++;
  }
  return null;
}
