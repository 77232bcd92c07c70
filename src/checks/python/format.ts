// format(value, spec) and str.format(), ported from CPython's Python/formatter_unicode.c and
// Objects/stringlib/unicode_format.h (same validation order, same messages).

import { PyException, overflowError, valueError, typeError } from './errors';
import { type Meter, doubleToString, intToFloat, intToStr } from './numbers';
import { checkSize, datetimeIso, keyError, pyRepr, pyStr } from './objects';
import { asciiRepr, codePoints } from './strings';
import { PyComplex, PyDate, PyDatetime, type PyVal, asInt, typeName } from './values';

interface Spec {
  fill: string;
  align: string;
  sign: string;
  noNeg0: boolean;
  alt: boolean;
  width: number;
  /** 0 none, 1 ',', 2 '_', 3 '_' every four digits */
  thousands: number;
  precision: number;
  type: string;
}

const isAlign = (c: string | undefined): boolean => c === '<' || c === '>' || c === '=' || c === '^';

function getInteger(cps: string[], pos: { i: number }): number {
  let v = 0;
  let n = 0;
  while (pos.i < cps.length) {
    const c = (cps[pos.i] as string).charCodeAt(0);
    if (c < 48 || c > 57) break;
    v = v * 10 + (c - 48);
    if (v > 9.2e18) throw valueError('Too many decimal digits in format string');
    pos.i++;
    n++;
  }
  return n === 0 ? -1 : v;
}

function parseSpec(specText: string, obj: PyVal, defaultType: string, defaultAlign: string): Spec {
  const cps = codePoints(specText) ?? specText.split('');
  const end = cps.length;
  const pos = { i: 0 };
  const f: Spec = {
    fill: ' ',
    align: defaultAlign,
    sign: '',
    noNeg0: false,
    alt: false,
    width: -1,
    thousands: 0,
    precision: -1,
    type: defaultType,
  };
  let alignSpecified = false;
  let fillSpecified = false;
  if (end >= 2 && isAlign(cps[1])) {
    f.align = cps[1] as string;
    f.fill = cps[0] as string;
    fillSpecified = alignSpecified = true;
    pos.i = 2;
  } else if (end >= 1 && isAlign(cps[0])) {
    f.align = cps[0] as string;
    alignSpecified = true;
    pos.i = 1;
  }
  const at = (): string | undefined => cps[pos.i];
  if (at() === '+' || at() === '-' || at() === ' ') {
    f.sign = at() as string;
    pos.i++;
  }
  if (at() === 'z') {
    f.noNeg0 = true;
    pos.i++;
  }
  if (at() === '#') {
    f.alt = true;
    pos.i++;
  }
  if (!fillSpecified && at() === '0') {
    f.fill = '0';
    if (!alignSpecified && defaultAlign === '>') f.align = '=';
    pos.i++;
  }
  f.width = getInteger(cps, pos);
  if (at() === ',') {
    f.thousands = 1;
    pos.i++;
  }
  if (at() === '_') {
    if (f.thousands !== 0) throw valueError("Cannot specify both ',' and '_'.");
    f.thousands = 2;
    pos.i++;
  }
  if (at() === ',' && f.thousands === 2) throw valueError("Cannot specify both ',' and '_'.");
  if (at() === '.') {
    pos.i++;
    f.precision = getInteger(cps, pos);
    if (f.precision < 0) throw valueError('Format specifier missing precision');
  }
  if (end - pos.i > 1) {
    throw valueError(`Invalid format specifier '${specText}' for object of type '${typeName(obj)}'`);
  }
  if (end - pos.i === 1) f.type = cps[pos.i] as string;
  if (f.thousands) {
    switch (f.type) {
      case 'd':
      case 'e':
      case 'f':
      case 'g':
      case 'E':
      case 'G':
      case '%':
      case 'F':
      case '':
        break;
      case 'b':
      case 'o':
      case 'x':
      case 'X':
        if (f.thousands === 2) {
          f.thousands = 3;
          break;
        }
        throw valueError(`Cannot specify ',' with ${typeCharText(f.type)}.`);
      default:
        throw valueError(`Cannot specify '${f.thousands === 1 ? ',' : '_'}' with ${typeCharText(f.type)}.`);
    }
  }
  return f;
}

function typeCharText(t: string): string {
  const c = t.codePointAt(0) ?? 0;
  return c > 32 && c < 128 ? `'${t}'` : `'\\x${c.toString(16)}'`;
}

function unknownType(t: string, obj: PyVal): PyException {
  const c = t.codePointAt(0) ?? 0;
  const shown = c > 32 && c < 128 ? t : `\\x${c.toString(16)}`;
  return valueError(`Unknown format code '${shown}' for object of type '${typeName(obj)}'`);
}

/** _PyUnicode_InsertThousandsGrouping, producing the grouped digit string. */
function groupDigits(digits: string, minWidth: number, sepChar: string, group: number): string {
  minWidth = Math.max(0, minWidth);
  const parts: string[] = [];
  let remaining = digits.length;
  let pos = digits.length;
  const take = (len: number): void => {
    const nZeros = Math.max(0, len - remaining);
    const nChars = Math.max(0, Math.min(remaining, len));
    parts.push('0'.repeat(nZeros) + digits.slice(pos - nChars, pos));
    pos -= nChars;
    remaining -= nChars;
  };
  if (group > 0) {
    for (;;) {
      const len = Math.min(group, Math.max(remaining, minWidth, 1));
      take(len);
      minWidth -= len;
      if (remaining <= 0 && minWidth <= 0) return parts.reverse().join(sepChar);
      minWidth -= sepChar.length;
    }
  }
  take(Math.max(remaining, minWidth, 1));
  return parts.reverse().join(sepChar);
}

/** calc_number_widths + fill_number for a number already rendered without its sign. */
function fillNumber(
  f: Spec,
  signChar: string,
  prefix: string,
  digits: string,
  decimal: string,
  remainder: string,
  upperDigits: boolean,
): string {
  let sign = '';
  if (f.sign === '+') sign = signChar === '-' ? '-' : '+';
  else if (f.sign === ' ') sign = signChar === '-' ? '-' : ' ';
  else if (signChar === '-') sign = '-';
  const nonDigit = sign.length + prefix.length + decimal.length + remainder.length;
  const minWidth = f.fill === '0' && f.align === '=' ? f.width - nonDigit : 0;
  const sep = f.thousands === 0 ? '' : f.thousands === 1 ? ',' : '_';
  const group = f.thousands === 0 ? 0 : f.thousands === 3 ? 4 : 3;
  let grouped = digits.length === 0 ? '' : groupDigits(digits, minWidth, sep, group);
  if (upperDigits) grouped = grouped.toUpperCase();
  const total = nonDigit + grouped.length;
  const padding = f.width - total;
  let l = 0;
  let s = 0;
  let r = 0;
  if (padding > 0) {
    checkSize(f.width);
    switch (f.align) {
      case '<':
        r = padding;
        break;
      case '^':
        l = padding >> 1;
        r = padding - l;
        break;
      case '=':
        s = padding;
        break;
      default:
        l = padding;
    }
  }
  return f.fill.repeat(l) + sign + prefix + f.fill.repeat(s) + grouped + decimal + remainder + f.fill.repeat(r);
}

function formatStr(v: string, f: Spec): string {
  if (f.sign) throw valueError(f.sign === ' ' ? 'Space not allowed in string format specifier' : 'Sign not allowed in string format specifier');
  if (f.noNeg0) throw valueError('Negative zero coercion (z) not allowed in string format specifier');
  if (f.alt) throw valueError('Alternate form (#) not allowed in string format specifier');
  if (f.align === '=') throw valueError("'=' alignment not allowed in string format specifier");
  const cps = codePoints(v);
  let len = cps ? cps.length : v.length;
  if ((f.width === -1 || f.width <= len) && (f.precision === -1 || f.precision >= len)) return v;
  let text = v;
  if (f.precision >= 0 && len >= f.precision) {
    len = f.precision;
    text = cps ? cps.slice(0, len).join('') : v.slice(0, len);
  }
  const padding = Math.max(0, f.width - len);
  checkSize(f.width);
  let l = 0;
  let r = 0;
  if (f.align === '>') l = padding;
  else if (f.align === '^') {
    l = padding >> 1;
    r = padding - l;
  } else r = padding;
  return f.fill.repeat(l) + text + f.fill.repeat(r);
}

function formatInt(n: bigint, f: Spec, meter: Meter | undefined): string {
  if (f.precision !== -1) throw valueError('Precision not allowed in integer format specifier');
  if (f.noNeg0) throw valueError('Negative zero coercion (z) not allowed in integer format specifier');
  if (f.type === 'c') {
    if (f.sign) throw valueError("Sign not allowed with integer format specifier 'c'");
    if (f.alt) throw valueError("Alternate form (#) not allowed with integer format specifier 'c'");
    if (f.thousands) throw valueError("Cannot specify ',' with 'c'.");
    if (n < 0n || n > 0x10ffffn) throw overflowError('%c arg not in range(0x110000)');
    return fillNumber(f, '', '', '', '', String.fromCodePoint(Number(n)), false);
  }
  let base = 10;
  let prefix = '';
  switch (f.type) {
    case 'b':
      base = 2;
      prefix = '0b';
      break;
    case 'o':
      base = 8;
      prefix = '0o';
      break;
    case 'x':
    case 'X':
      base = 16;
      prefix = f.type === 'X' ? '0X' : '0x';
      break;
  }
  const neg = n < 0n;
  const abs = neg ? -n : n;
  const digits = base === 10 ? intToStr(abs, meter) : abs.toString(base);
  return fillNumber(f, neg ? '-' : '', f.alt ? prefix : '', digits, '', '', f.type === 'X');
}

function formatFloat(val: number, f: Spec): string {
  let type = f.type;
  let precision = f.precision;
  let defaultPrecision = 6;
  let addDot0 = false;
  if (type === '') {
    addDot0 = true;
    type = 'r';
    defaultPrecision = 0;
  }
  if (type === 'n') type = 'g';
  let pct = false;
  if (type === '%') {
    type = 'f';
    val *= 100;
    pct = true;
  }
  if (precision < 0) precision = defaultPrecision;
  else if (type === 'r') type = 'g';
  if (precision > 2147483647) throw valueError('precision too big');
  if (precision > 1000) checkSize(precision * 10);
  let buf = doubleToString(val, type, precision, { alt: f.alt, addDot0, noNeg0: f.noNeg0 });
  if (pct) buf += '%';
  const [signChar, digits, decimal, rest] = splitNumber(buf);
  return fillNumber(f, signChar, '', digits, decimal, rest, false);
}

/** The parts of a float rendered by PyOS_double_to_string: sign, digits, '.', what follows. */
function splitNumber(buf: string): [string, string, string, string] {
  let signChar = '';
  if (buf[0] === '-') {
    signChar = '-';
    buf = buf.slice(1);
  }
  let i = 0;
  while (i < buf.length && buf.charCodeAt(i) >= 48 && buf.charCodeAt(i) <= 57) i++;
  const rest = buf.slice(i);
  return rest[0] === '.' ? [signChar, buf.slice(0, i), '.', rest.slice(1)] : [signChar, buf.slice(0, i), '', rest];
}

/** format_complex_internal: each part formatted as a float (the imaginary one with a sign), then padded as a whole. */
function formatComplex(c: PyComplex, f: Spec): string {
  if (f.precision > 2147483647) throw valueError('precision too big');
  if (f.fill === '0') throw valueError('Zero padding is not allowed in complex format specifier');
  if (f.align === '=') throw valueError("'=' alignment flag is not allowed in complex format specifier");
  let type = f.type;
  let precision = f.precision;
  let defaultPrecision = 6;
  let skipRe = false;
  let parens = false;
  if (type === '') {
    // like str(): repr digits, the real part left out when it is +0
    type = 'r';
    defaultPrecision = 0;
    if (c.re === 0 && !Object.is(c.re, -0)) skipRe = true;
    else parens = true;
  }
  if (type === 'n') type = 'g';
  if (precision < 0) precision = defaultPrecision;
  else if (type === 'r') type = 'g';
  if (precision > 1000) checkSize(precision * 10);
  const flags = { alt: f.alt, addDot0: false, noNeg0: f.noNeg0 };
  const part = (x: number, sign: string): string => {
    const [signChar, digits, decimal, rest] = splitNumber(doubleToString(x, type, precision, flags));
    return fillNumber({ ...f, fill: '', align: '<', width: -1, sign }, signChar, '', digits, decimal, rest, false);
  };
  const re = skipRe ? '' : part(c.re, f.sign);
  const im = part(c.im, skipRe ? f.sign : '+');
  const body = `${parens ? '(' : ''}${re}${im}j${parens ? ')' : ''}`;
  const padding = Math.max(0, f.width - body.length);
  if (padding > 0) checkSize(f.width);
  const left = f.align === '>' ? padding : f.align === '^' ? padding >> 1 : 0;
  return f.fill.repeat(left) + body + f.fill.repeat(padding - left);
}

/** format(value, spec) for the built-in types. */
export function formatValue(v: PyVal, spec: string, meter?: Meter): string {
  if (typeof v === 'string') {
    if (spec === '') return v;
    const f = parseSpec(spec, v, 's', '<');
    if (f.type !== 's') throw unknownType(f.type, v);
    return formatStr(v, f);
  }
  const n = asInt(v);
  if (n !== null) {
    if (spec === '') return pyStr(v, meter);
    const f = parseSpec(spec, v, 'd', '>');
    switch (f.type) {
      case 'b':
      case 'c':
      case 'd':
      case 'o':
      case 'x':
      case 'X':
      case 'n':
        return formatInt(n, f, meter);
      case 'e':
      case 'E':
      case 'f':
      case 'F':
      case 'g':
      case 'G':
      case '%':
        return formatFloat(intToFloat(n), f);
      default:
        throw unknownType(f.type, v);
    }
  }
  if (typeof v === 'number') {
    if (spec === '') return pyStr(v, meter);
    const f = parseSpec(spec, v, '', '>');
    switch (f.type) {
      case '':
      case 'e':
      case 'E':
      case 'f':
      case 'F':
      case 'g':
      case 'G':
      case 'n':
      case '%':
        return formatFloat(v, f);
      default:
        throw unknownType(f.type, v);
    }
  }
  if (v instanceof PyDatetime || v instanceof PyDate) {
    if (spec === '') return pyStr(v);
    return strftime(v, spec);
  }
  if (spec === '') return pyStr(v, meter);
  if (v instanceof PyComplex) {
    const f = parseSpec(spec, v, '', '>');
    if (!['', 'e', 'E', 'f', 'F', 'g', 'G', 'n'].includes(f.type)) throw unknownType(f.type, v);
    return formatComplex(v, f);
  }
  throw typeError(`unsupported format string passed to ${typeName(v)}.__format__`);
}

// ---------------------------------------------------------------------------------------------
// strftime (the C-locale directives)

const DAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
const MONTHS = [
  'January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December',
];

/** Monday = 0, like date.weekday(). */
export function weekday(y: number, m: number, d: number): number {
  const t = Date.UTC(y, m - 1, d);
  const utc = new Date(t);
  if (y < 100) utc.setUTCFullYear(y);
  return (utc.getUTCDay() + 6) % 7;
}

function dayOfYear(y: number, m: number, d: number): number {
  const leap = (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
  const cum = [0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334];
  return (cum[m - 1] as number) + d + (leap && m > 2 ? 1 : 0);
}

export function strftime(v: PyDate | PyDatetime, fmt: string): string {
  const dt = v instanceof PyDatetime ? v : null;
  const p2 = (n: number): string => String(n).padStart(2, '0');
  let out = '';
  for (let i = 0; i < fmt.length; i++) {
    const c = fmt[i];
    if (c !== '%' || i + 1 >= fmt.length) {
      out += c;
      continue;
    }
    const d = fmt[++i] as string;
    const wd = weekday(v.year, v.month, v.day);
    switch (d) {
      case 'Y':
        out += String(v.year);
        break;
      case 'y':
        out += p2(v.year % 100);
        break;
      case 'm':
        out += p2(v.month);
        break;
      case 'd':
        out += p2(v.day);
        break;
      case 'H':
        out += p2(dt ? dt.hour : 0);
        break;
      case 'I':
        out += p2(dt ? dt.hour % 12 || 12 : 12);
        break;
      case 'p':
        out += dt && dt.hour >= 12 ? 'PM' : 'AM';
        break;
      case 'M':
        out += p2(dt ? dt.minute : 0);
        break;
      case 'S':
        out += p2(dt ? dt.second : 0);
        break;
      case 'f':
        out += String(dt ? dt.microsecond : 0).padStart(6, '0');
        break;
      case 'A':
        out += DAYS[wd];
        break;
      case 'a':
        out += (DAYS[wd] as string).slice(0, 3);
        break;
      case 'B':
        out += MONTHS[v.month - 1];
        break;
      case 'b':
      case 'h':
        out += (MONTHS[v.month - 1] as string).slice(0, 3);
        break;
      case 'j':
        out += String(dayOfYear(v.year, v.month, v.day)).padStart(3, '0');
        break;
      case 'w':
        out += String((wd + 1) % 7);
        break;
      case 'u':
        out += String(wd + 1);
        break;
      case 'F':
        out += `${String(v.year).padStart(4, '0')}-${p2(v.month)}-${p2(v.day)}`;
        break;
      case 'T':
        out += `${p2(dt ? dt.hour : 0)}:${p2(dt ? dt.minute : 0)}:${p2(dt ? dt.second : 0)}`;
        break;
      case 'D':
        out += `${p2(v.month)}/${p2(v.day)}/${p2(v.year % 100)}`;
        break;
      case 'z':
      case 'Z':
        break;
      case '%':
        out += '%';
        break;
      default:
        throw new PyException('NotSupportedError', `the strftime directive %${d} is not supported by this trainer`);
    }
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// str.format

export interface FormatHooks extends Meter {
  getAttr(obj: PyVal, name: string): PyVal;
  getItem(obj: PyVal, key: PyVal): PyVal;
}

function convert(v: PyVal, conv: string, meter?: Meter): PyVal {
  switch (conv) {
    case '':
      return v;
    case 'r':
      return pyRepr(v, meter);
    case 's':
      return pyStr(v, meter);
    case 'a':
      return pyAscii(v, meter);
    default: {
      const c = conv.codePointAt(0) ?? 0;
      throw valueError(
        c > 32 && c < 128 ? `Unknown conversion specifier ${conv}` : `Unknown conversion specifier \\x${c.toString(16)}`,
      );
    }
  }
}

export { convert as applyConversion };

/** ascii(): repr() with every non-ASCII character escaped. */
export function pyAscii(v: PyVal, meter?: Meter): string {
  if (typeof v === 'string') return asciiRepr(v);
  let out = '';
  for (const ch of pyRepr(v, meter)) {
    const c = ch.codePointAt(0) ?? 0;
    if (c < 0x80) out += ch;
    else if (c <= 0xff) out += '\\x' + c.toString(16).padStart(2, '0');
    else if (c <= 0xffff) out += '\\u' + c.toString(16).padStart(4, '0');
    else out += '\\U' + c.toString(16).padStart(8, '0');
  }
  return out;
}

interface AutoNumber {
  state: 0 | 1 | 2; // init, auto, manual
  next: number;
}

export function strFormat(fmt: string, args: PyVal[], kwargs: Map<string, PyVal> | null, hooks: FormatHooks): string {
  return buildFormat(fmt, args, kwargs, hooks, 2, { state: 0, next: 0 });
}

function buildFormat(
  fmt: string,
  args: PyVal[],
  kwargs: Map<string, PyVal> | null,
  hooks: FormatHooks,
  recursion: number,
  auto: AutoNumber,
): string {
  if (recursion <= 0) throw valueError('Max string recursion exceeded');
  const s = codePoints(fmt) ?? fmt.split('');
  const end = s.length;
  let i = 0;
  let out = '';
  while (i < end) {
    const start = i;
    let c = '';
    let markup = false;
    while (i < end) {
      c = s[i++] as string;
      if (c === '{' || c === '}') {
        markup = true;
        break;
      }
    }
    const atEnd = i >= end;
    let len = i - start;
    if (c === '}' && markup && (atEnd || s[i] !== '}')) throw valueError("Single '}' encountered in format string");
    if (atEnd && c === '{' && markup) throw valueError("Single '{' encountered in format string");
    if (!atEnd && markup) {
      if (s[i] === c) {
        i++;
        markup = false;
      } else len--;
    }
    out += s.slice(start, start + len).join('');
    if (!markup) continue;
    // parse_field
    const nameStart = i;
    let ch = '';
    while (i < end) {
      ch = s[i++] as string;
      if (ch === '{') throw valueError("unexpected '{' in field name");
      if (ch === '[') {
        while (i < end && s[i] !== ']') i++;
        continue;
      }
      if (ch === '}' || ch === ':' || ch === '!') break;
    }
    const fieldName = s.slice(nameStart, i - 1).join('');
    let conv = '';
    let spec = '';
    let specNeedsExpanding = false;
    if (ch === '!' || ch === ':') {
      let done = false;
      if (ch === '!') {
        if (i >= end) throw valueError('end of string while looking for conversion specifier');
        conv = s[i++] as string;
        if (i < end) {
          const c2 = s[i++] as string;
          if (c2 === '}') done = true;
          else if (c2 !== ':') throw valueError("expected ':' after conversion specifier");
        }
      }
      if (!done) {
        const specStart = i;
        let count = 1;
        let closed = false;
        while (i < end) {
          const c3 = s[i++] as string;
          if (c3 === '{') {
            specNeedsExpanding = true;
            count++;
          } else if (c3 === '}') {
            count--;
            if (count === 0) {
              spec = s.slice(specStart, i - 1).join('');
              closed = true;
              break;
            }
          }
        }
        if (!closed) throw valueError("unmatched '{' in format spec");
      }
    } else if (ch !== '}') {
      throw valueError("expected '}' before end of string");
    }
    let obj = fieldValue(fieldName, args, kwargs, hooks, auto);
    obj = convert(obj, conv, hooks);
    if (specNeedsExpanding) spec = buildFormat(spec, args, kwargs, hooks, recursion - 1, auto);
    out += formatValue(obj, spec, hooks);
    if (out.length > 1024) hooks.charge(out.length >> 6);
    checkSize(out.length);
  }
  return out;
}

function fieldValue(
  name: string,
  args: PyVal[],
  kwargs: Map<string, PyVal> | null,
  hooks: FormatHooks,
  auto: AutoNumber,
): PyVal {
  let k = 0;
  while (k < name.length && name[k] !== '.' && name[k] !== '[') k++;
  const first = name.slice(0, k);
  const isEmpty = first.length === 0;
  const idx = /^[0-9]+$/.test(first) ? Number(first) : -1;
  const numeric = isEmpty || idx !== -1;
  if (auto.state === 0 && numeric) auto.state = isEmpty ? 1 : 2;
  if (numeric) {
    if (auto.state === 2 && isEmpty) {
      throw valueError('cannot switch from manual field specification to automatic field numbering');
    }
    if (auto.state === 1 && !isEmpty) {
      throw valueError('cannot switch from automatic field numbering to manual field specification');
    }
  }
  let index = idx;
  if (isEmpty) index = auto.next++;
  let obj: PyVal;
  if (index === -1) {
    const v = kwargs?.get(first);
    if (v === undefined) throw keyError(first);
    obj = v;
  } else {
    if (index >= args.length) {
      throw new PyException('IndexError', `Replacement index ${index} out of range for positional args tuple`);
    }
    obj = args[index] as PyVal;
  }
  let rest = name.slice(k);
  while (rest.length > 0) {
    if (rest[0] === '.') {
      let j = 1;
      while (j < rest.length && rest[j] !== '.' && rest[j] !== '[') j++;
      const attr = rest.slice(1, j);
      if (attr === '') throw valueError('Empty attribute in format string');
      obj = hooks.getAttr(obj, attr);
      rest = rest.slice(j);
    } else if (rest[0] === '[') {
      const close = rest.indexOf(']');
      if (close < 0) throw valueError("Missing ']' in format string");
      const key = rest.slice(1, close);
      if (key === '') throw valueError('Empty attribute in format string');
      obj = hooks.getItem(obj, /^[0-9]+$/.test(key) ? BigInt(key) : key);
      rest = rest.slice(close + 1);
      if (rest.length > 0 && rest[0] !== '.' && rest[0] !== '[') {
        throw valueError("Only '.' or '[' may follow ']' in format field specifier");
      }
    } else break;
  }
  return obj;
}

export { datetimeIso };
