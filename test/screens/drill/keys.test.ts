// The drill's keys come from the one key table: at every moment of a drill, no key has two
// meanings, letters are free for typing while answering, and the help lists the drill's keys.
import { describe, expect, it } from 'vitest';
import { activeScopeSets, drillKeys } from '../../../src/screens/drill/phase';
import { helpLines } from '../../../src/screens/HelpOverlay';
import { commandsIn, footerHints, KEYS, keyMatches, matchKey, type Command } from '../../../src/screens/keys';
import { lineText } from '../../../src/screens/markdown/lines';
import { NO_KEY } from '../../support/ink-key';


describe('drill keys', () => {
  it('binds no key twice at any moment of the drill (with the App keys active then)', () => {
    for (const { view, scopes } of activeScopeSets()) {
      const seen = new Map<string, Command>();
      for (const scope of scopes) {
        for (const command of commandsIn(scope)) {
          for (const spec of KEYS[command].keys) {
            const other = seen.get(spec);
            expect(other, `${view}: ${spec} is bound to both ${other} and ${command}`).toBeUndefined();
            seen.set(spec, command);
          }
        }
      }
    }
  });

  it('leaves every printable character to the blanks while answering, and suspends q / ? / Esc', () => {
    const running = drillKeys('running');
    expect(running.capture).toBe(true);
    for (const ch of 'abcxyzABCQ0123456789 _-*/,"[]()?q') {
      expect(matchKey(ch, NO_KEY, running.own), ch).toBeUndefined();
    }
    for (const command of commandsIn('drill')) {
      for (const spec of KEYS[command].keys) {
        expect(spec.length > 1, `${command}: ${spec} would eat a typed character`).toBe(true);
      }
    }
    expect(drillKeys('lobby-name').capture).toBe(true);
    expect(drillKeys('confirm').capture).toBe(true);
    expect(drillKeys('grace')).toMatchObject({ own: [], capture: true });
    expect(drillKeys('end').capture).toBe(false);
  });

  it('tells Shift+Tab from Tab', () => {
    expect(matchKey('', { ...NO_KEY, tab: true }, 'drill')).toBe('nextBlank');
    expect(matchKey('', { ...NO_KEY, tab: true, shift: true }, 'drill')).toBe('prevBlank');
    expect(keyMatches('shift+tab', '', { ...NO_KEY, tab: true })).toBe(false);
    expect(matchKey('r', { ...NO_KEY, ctrl: true }, 'drill')).toBe('submitTask');
    expect(matchKey('n', { ...NO_KEY, ctrl: true }, 'drill')).toBe('drillNextTask');
    expect(matchKey('y', NO_KEY, 'drill-confirm')).toBe('confirmFinish');
    expect(matchKey('', { ...NO_KEY, escape: true, meta: true }, 'drill-confirm')).toBe('cancelFinish');
  });

  it('merges the footer hints readably', () => {
    expect(footerHints(['drill'], ['drillEnter'])).toEqual([
      { keys: 'Ctrl+R', label: 'submit' },
      { keys: '↑↓', label: 'blank' },
      { keys: 'Ctrl+P/N', label: 'task' },
      { keys: 'Ctrl+F', label: 'finish' },
      { keys: 'PgUp/PgDn', label: 'scroll' },
    ]);
  });

  it('lists every drill key in the help', () => {
    const help = helpLines(78).map(lineText).join('\n');
    expect(help).toContain('Drill: answering (letters go into the blank)');
    expect(help).toMatch(/Ctrl\+R\s+Submit this task/);
    expect(help).toMatch(/↑ \/ Shift\+Tab\s+Previous blank/);
    expect(help).toMatch(/Ctrl\+F \/ Esc\s+Finish the drill early/);
  });
});
