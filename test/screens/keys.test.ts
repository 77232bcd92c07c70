import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import {
  ALL_SCOPES,
  commandsIn,
  describeKeys,
  footerHints,
  keyLabel,
  KEYS,
  keyMatches,
  matchKey,
  type Command,
  type KeySpec,
  type Scope,
} from '../../src/screens/keys';
import { registry } from '../../src/screens/registry';
import { NO_KEY, key } from '../support/ink-key';


describe('matchKey', () => {
  it('maps arrows and vi letters to the same command within a scope', () => {
    expect(matchKey('', key({ downArrow: true }), 'list')).toBe('down');
    expect(matchKey('j', NO_KEY, 'list')).toBe('down');
    expect(matchKey('k', NO_KEY, 'list')).toBe('up');
    expect(matchKey('j', NO_KEY, 'scroll')).toBe('lineDown');
    expect(matchKey('', key({ pageDown: true }), 'scroll')).toBe('pageDown');
    expect(matchKey(' ', NO_KEY, 'scroll')).toBe('pageDown');
    expect(matchKey('G', key({ shift: true }), 'scroll')).toBe('bottom');
  });

  it('only answers for the scopes asked', () => {
    expect(matchKey('q', NO_KEY, 'list')).toBeUndefined();
    expect(matchKey('q', NO_KEY, ['list', 'global'])).toBe('quit');
    expect(matchKey('', key({ rightArrow: true }), 'workshop')).toBe('nextStep');
    expect(matchKey('', key({ rightArrow: true }), 'practice')).toBe('nextTask');
  });

  it('distinguishes ctrl+c from c, and Esc / Backspace (DEL) mean back, the Delete key does not', () => {
    expect(matchKey('c', key({ ctrl: true }), 'always')).toBe('forceQuit');
    expect(matchKey('c', NO_KEY, 'always')).toBeUndefined();
    expect(matchKey('', key({ escape: true, meta: true }), 'global')).toBe('back');
    expect(matchKey('', key({ backspace: true }), 'global')).toBe('back');
    expect(matchKey('', key({ delete: true }), 'global')).toBeUndefined();
    // Pasted text is never a command.
    expect(matchKey('q', key({ paste: true } as never), 'global')).toBeUndefined();
    // A letter typed with Alt is not the bare letter.
    expect(matchKey('q', key({ meta: true }), 'global')).toBeUndefined();
  });

  it('does not take Shift+Tab for Tab', () => {
    expect(keyMatches('tab', '', key({ tab: true }))).toBe(true);
    expect(keyMatches('tab', '', key({ tab: true, shift: true }))).toBe(false);
  });
});

describe('the key table', () => {
  it('has no key bound twice among the scopes any screen activates', () => {
    for (const [name, entry] of Object.entries(registry)) {
      const scopes: Scope[] = ['always', ...entry.scopes];
      const seen = new Map<string, Command>();
      for (const scope of scopes) {
        for (const command of commandsIn(scope)) {
          for (const spec of KEYS[command].keys) {
            const other = seen.get(spec);
            expect(other, `${name}: ${spec} is bound to both ${other} and ${command}`).toBeUndefined();
            seen.set(spec, command);
          }
        }
      }
    }
  });

  it('gives every key a printable label and every command a description', () => {
    for (const command of Object.keys(KEYS) as Command[]) {
      expect(KEYS[command].description.length).toBeGreaterThan(3);
      for (const spec of KEYS[command].keys) expect(keyLabel(spec as KeySpec)).not.toBe('');
    }
    expect(describeKeys('up')).toBe('↑ / k');
    expect(describeKeys('forceQuit')).toBe('Ctrl+C');
  });

  it('covers every scope in ALL_SCOPES', () => {
    const used = new Set(Object.values(KEYS).map((b) => b.scope));
    expect([...used].sort()).toEqual([...ALL_SCOPES].sort());
  });
});

describe('footerHints', () => {
  it('merges grouped commands and follows the order of the scopes given', () => {
    expect(footerHints(['list', 'global'])).toEqual([
      { keys: '↑↓', label: 'move' },
      { keys: 'Enter', label: 'open' },
      { keys: 'q', label: 'quit' },
      { keys: '?', label: 'help' },
      { keys: 'Esc', label: 'back' },
    ]);
  });

  it('leaves out omitted commands and commands without a hint', () => {
    const hints = footerHints(['workshop', 'scroll'], ['focusCheckpoint']);
    expect(hints.map((h) => h.label)).toEqual(['step', 'done', 'scroll', 'page']);
    expect(hints[0]?.keys).toBe('←→');
  });
});

describe('the key table is the only place a key is defined', () => {
  // Screens match keys with matchKey (or the text field's reducer); only the table (keys.ts)
  // and the keypress layer (input/) read a key's flags or compare typed characters.
  const root = fileURLToPath(new URL('../../src/screens/', import.meta.url));
  const files = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? files(join(dir, e.name)) : /\.tsx?$/.test(e.name) ? [join(dir, e.name)] : []));
  const FLAG = /\bkey\.(ctrl|meta|shift|escape|return|tab|upArrow|downArrow|leftArrow|rightArrow|pageUp|pageDown|home|end|backspace|delete)\b/;
  const CHAR = /\binput\s*===?\s*['"`]/;

  it('no screen reads a key flag or compares the typed character', () => {
    const stray: string[] = [];
    for (const file of files(root)) {
      const rel = relative(root, file);
      if (rel === 'keys.ts' || rel.startsWith(`input${sep}`)) continue;
      readFileSync(file, 'utf8')
        .split('\n')
        .forEach((line, i) => {
          if (FLAG.test(line) || CHAR.test(line)) stray.push(`${rel}:${i + 1}: ${line.trim()}`);
        });
    }
    expect(stray).toEqual([]);
  });
});
