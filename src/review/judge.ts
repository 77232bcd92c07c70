// Shared judging helpers: choices by option, lists as sets.
import type { Judgement } from './types';

const squash = (text: string): string => text.trim().replace(/\s+/g, ' ').toLowerCase();

/** Two texts that differ only by case and spacing are the same choice. */
export function sameChoice(a: string, b: string): boolean {
  return squash(a) === squash(b);
}

export function joinExplanation(...parts: Array<string | undefined>): string {
  return parts.filter((p): p is string => p !== undefined && p.trim() !== '').join('\n\n');
}

/**
 * Judge for a multiple-choice card. `whyWrong` may say why a particular wrong option is wrong.
 */
export function choiceJudge(
  correct: string,
  explanation: string,
  whyWrong?: (answer: string) => string | undefined,
): (answer: string) => Judgement {
  return (answer) => {
    const ok = sameChoice(answer, correct);
    const head = ok ? 'Correct.' : answer.trim() === '' ? `No answer. The answer is: ${correct}.` : `Not quite. The answer is: ${correct}.`;
    return { correct: ok, expected: correct, explanation: joinExplanation(head, ok ? undefined : whyWrong?.(answer), explanation) };
  };
}

/**
 * Parses a typed list of names: `a, b`, `"a", "b"`, `['a', 'b']`, one per line, or `none`.
 * Returns the names without quotes, in order, without repeats.
 */
export function parseNameList(text: string): string[] {
  let body = text.trim();
  if (body.startsWith('[') && body.endsWith(']')) body = body.slice(1, -1);
  if (/^(none|nothing|no tasks?|empty|-|—)?$/i.test(body.trim())) return [];
  const out: string[] = [];
  for (const raw of body.split(/[,;\n]+/)) {
    const name = raw.trim().replace(/^['"`]+|['"`]+$/g, '').trim();
    if (name !== '' && !out.includes(name)) out.push(name);
  }
  return out;
}

const code = (names: readonly string[]): string => (names.length === 0 ? '(none)' : names.map((n) => `\`${n}\``).join(', '));

/**
 * Judge a typed list as a set against `expected`. `known` are the names that exist (a name
 * outside it is called out as a typo rather than just "extra"); matching ignores case.
 */
export function setJudge(expected: readonly string[], known: readonly string[], explanation: string): (answer: string) => Judgement {
  const canonical = new Map(known.map((k) => [k.toLowerCase(), k]));
  for (const e of expected) canonical.set(e.toLowerCase(), e);
  return (answer) => {
    const given = parseNameList(answer);
    const resolved = given.map((g) => canonical.get(g.toLowerCase()) ?? g);
    const unknown = given.filter((g) => !canonical.has(g.toLowerCase()));
    const givenSet = new Set(resolved);
    const missing = expected.filter((e) => !givenSet.has(e));
    const extra = resolved.filter((g) => !expected.includes(g) && canonical.has(g.toLowerCase()));
    const ok = missing.length === 0 && extra.length === 0 && unknown.length === 0;
    const lines: string[] = [ok ? 'Correct.' : `Not quite. The answer is: ${code(expected)}.`];
    if (!ok) {
      if (missing.length > 0) lines.push(`Missing: ${code(missing)}.`);
      if (extra.length > 0) lines.push(`Should not be in the list: ${code(extra)}.`);
      if (unknown.length > 0) lines.push(`Not a task in this job: ${code(unknown)}.`);
    }
    return { correct: ok, expected: expected.length === 0 ? 'none' : expected.join(', '), explanation: joinExplanation(lines.join(' '), explanation) };
  };
}
