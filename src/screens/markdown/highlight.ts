// A deliberately tiny syntax colourer for the lab's code: YAML bundles, JSON job configs,
// Python cells and SQL. It only has to make keys, strings, numbers, keywords and comments
// stand out; it never changes the text (every character of the code is kept, in order).

import type { Role } from '../theme';
import type { Line, Segment } from './lines';

type Rule = [RegExp, Role | null];

const PY_KEYWORDS =
  'False|None|True|and|as|assert|async|await|break|class|continue|def|del|elif|else|except|finally|for|from|global|if|import|in|is|lambda|nonlocal|not|or|pass|raise|return|try|while|with|yield|print';
const SQL_KEYWORDS =
  'select|from|where|and|or|not|order|by|group|having|limit|as|on|join|left|right|inner|outer|full|cross|union|all|distinct|desc|asc|interval|in|is|null|like|between|case|when|then|else|end|with|insert|into|update|delete|set|values|create|table|view|current_date|current_timestamp|day|days|hour|hours|count|sum|avg|min|max|true|false';

// Sticky regexes, tried in order at each position; `null` = plain text.
const PYTHON: Rule[] = [
  [/#.*/y, 'codeComment'],
  [/[rRbBuUfF]{0,2}("(?:[^"\\\n]|\\.)*"|'(?:[^'\\\n]|\\.)*')/y, 'codeString'],
  [/\d+(?:\.\d+)?(?:[eE][+-]?\d+)?\b/y, 'codeNumber'],
  [new RegExp(`(?:${PY_KEYWORDS})\\b`, 'y'), 'codeKeyword'],
  [/[A-Za-z_]\w*/y, null],
  [/[()[\]{}:,.=+\-*/<>%!]+/y, 'codePunct'],
  [/\s+/y, null],
];

const JSON_RULES: Rule[] = [
  [/"(?:[^"\\\n]|\\.)*"(?=\s*:)/y, 'codeKey'],
  [/"(?:[^"\\\n]|\\.)*"/y, 'codeString'],
  [/-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?/y, 'codeNumber'],
  [/(?:true|false|null)\b/y, 'codeKeyword'],
  [/[{}[\]:,]/y, 'codePunct'],
  [/\s+/y, null],
];

const SQL: Rule[] = [
  [/--.*/y, 'codeComment'],
  [/'(?:[^'\n]|'')*'/y, 'codeString'],
  [/\d+(?:\.\d+)?\b/y, 'codeNumber'],
  [new RegExp(`(?:${SQL_KEYWORDS})\\b`, 'iy'), 'codeKeyword'],
  [/[A-Za-z_][\w.]*/y, null],
  [/[()=<>*,;+-]+/y, 'codePunct'],
  [/\s+/y, null],
];

function tokenizeLine(line: string, rules: Rule[]): Segment[] {
  const out: Segment[] = [];
  let i = 0;
  let plain = '';
  const flushPlain = (): void => {
    if (plain) out.push({ text: plain });
    plain = '';
  };
  while (i < line.length) {
    let matched = false;
    for (const [re, role] of rules) {
      re.lastIndex = i;
      const m = re.exec(line);
      if (!m || m[0] === '') continue;
      if (role === null) plain += m[0];
      else {
        flushPlain();
        out.push({ text: m[0], roles: [role] });
      }
      i += m[0].length;
      matched = true;
      break;
    }
    if (!matched) {
      plain += line[i];
      i++;
    }
  }
  flushPlain();
  return out;
}

function yamlScalar(text: string): Segment[] {
  const out: Segment[] = [];
  const comment = /(^|\s)#.*$/.exec(text);
  const value = comment ? text.slice(0, comment.index + (comment[1] as string).length) : text;
  const trimmed = value.trim();
  const lead = value.slice(0, value.length - value.trimStart().length);
  const trail = value.slice(lead.length + trimmed.length);
  if (lead) out.push({ text: lead });
  if (trimmed) {
    let role: Role | undefined;
    if (/^(["']).*\1$/.test(trimmed)) role = 'codeString';
    else if (/^-?\d+(\.\d+)?$/.test(trimmed)) role = 'codeNumber';
    else if (/^(true|false|null|yes|no|on|off|~)$/i.test(trimmed)) role = 'codeKeyword';
    out.push(role ? { text: trimmed, roles: [role] } : { text: trimmed });
  }
  if (trail) out.push({ text: trail });
  if (comment) out.push({ text: text.slice(value.length), roles: ['codeComment'] });
  return out;
}

function yamlLine(line: string): Segment[] {
  if (/^\s*#/.test(line)) return [{ text: line, roles: ['codeComment'] }];
  const keyed = /^(\s*)(- )?([^\s#:'"][^:#]*?|"[^"]*"|'[^']*')(:)(?=\s|$)(.*)$/.exec(line);
  if (keyed) {
    const [, indent, dash, key, colon, rest] = keyed as unknown as [string, string, string | undefined, string, string, string];
    const out: Segment[] = [];
    if (indent) out.push({ text: indent });
    if (dash) out.push({ text: dash, roles: ['codePunct'] });
    out.push({ text: key, roles: ['codeKey'] }, { text: colon, roles: ['codePunct'] });
    out.push(...yamlScalar(rest));
    return out;
  }
  const item = /^(\s*)(- )(.*)$/.exec(line);
  if (item) {
    const [, indent, dash, rest] = item as unknown as [string, string, string, string];
    const out: Segment[] = [];
    if (indent) out.push({ text: indent });
    out.push({ text: dash, roles: ['codePunct'] }, ...yamlScalar(rest));
    return out;
  }
  return yamlScalar(line);
}

/** Python with triple-quoted strings spanning lines (the SQL cell of task 7). */
function pythonLines(lines: string[]): Segment[][] {
  const out: Segment[][] = [];
  let open: '"""' | "'''" | undefined;
  for (const line of lines) {
    const segs: Segment[] = [];
    let rest = line;
    for (;;) {
      if (open) {
        const end = rest.indexOf(open);
        if (end === -1) {
          if (rest) segs.push({ text: rest, roles: ['codeString'] });
          rest = '';
          break;
        }
        segs.push({ text: rest.slice(0, end + 3), roles: ['codeString'] });
        rest = rest.slice(end + 3);
        open = undefined;
        continue;
      }
      const start = findTripleQuote(rest);
      if (start === -1) {
        segs.push(...tokenizeLine(rest, PYTHON));
        break;
      }
      segs.push(...tokenizeLine(rest.slice(0, start), PYTHON));
      open = rest.slice(start, start + 3) as '"""' | "'''";
      segs.push({ text: open, roles: ['codeString'] });
      rest = rest.slice(start + 3);
    }
    out.push(segs);
  }
  return out;
}

/** First triple quote outside a comment or a one-line string. */
function findTripleQuote(line: string): number {
  let quote: string | undefined;
  for (let i = 0; i < line.length; i++) {
    const c = line[i];
    if (quote) {
      if (c === '\\') i++;
      else if (c === quote) quote = undefined;
      continue;
    }
    if (c === '#') return -1;
    if (c === '"' || c === "'") {
      if (line.startsWith(c.repeat(3), i)) return i;
      quote = c;
    }
  }
  return -1;
}

/** Mark every `______` (the blanks of a TODO cell), whatever token it sits in. */
function markBlanks(segs: Segment[]): Segment[] {
  const out: Segment[] = [];
  for (const seg of segs) {
    if (!seg.text.includes('______')) {
      out.push(seg);
      continue;
    }
    for (const part of seg.text.split(/(______)/)) {
      if (part === '') continue;
      if (part === '______') out.push({ text: part, roles: ['codeBlank'] });
      else out.push(seg.roles ? { text: part, roles: seg.roles } : { text: part });
    }
  }
  return out;
}

export type CodeLanguage = 'yaml' | 'json' | 'python' | 'sql' | 'plain';

export function languageOf(lang: string): CodeLanguage {
  switch (lang.trim().toLowerCase()) {
    case 'yaml':
    case 'yml':
      return 'yaml';
    case 'json':
      return 'json';
    case 'python':
    case 'py':
      return 'python';
    case 'sql':
      return 'sql';
    default:
      return 'plain';
  }
}

/** One Line per line of `code`; tabs become spaces so widths are exact. */
export function highlight(code: string, lang: string): Line[] {
  const lines = code.replace(/\t/g, '    ').split('\n');
  let segs: Segment[][];
  switch (languageOf(lang)) {
    case 'yaml':
      segs = lines.map(yamlLine);
      break;
    case 'json':
      segs = lines.map((l) => tokenizeLine(l, JSON_RULES));
      break;
    case 'python':
      segs = pythonLines(lines);
      break;
    case 'sql':
      segs = lines.map((l) => tokenizeLine(l, SQL));
      break;
    default:
      segs = lines.map((l) => (l ? [{ text: l }] : []));
  }
  return segs.map(markBlanks);
}
