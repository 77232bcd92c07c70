import { describe, expect, it } from 'vitest';
import { helpLines } from '../../src/screens/HelpOverlay';
import { fitHints } from '../../src/screens/components/Footer';
import { ALL_SCOPES, commandsIn, footerHints, KEYS, type Command, type Scope } from '../../src/screens/keys';
import { registry } from '../../src/screens/registry';
import { displayWidth } from '../../src/text/width';

const lines = (width: number, first: Parameters<typeof helpLines>[1] = []) => helpLines(width, first).map((line) => line.map((seg) => seg.text).join(''));
const flat = (width: number) => lines(width).join('\n').replace(/\s+/g, ' ');

describe('help overlay', () => {
  it('lists every command of the key table, the text field and practice keys included', () => {
    const help = flat(80);
    for (const command of Object.keys(KEYS) as Command[]) expect(help).toContain(KEYS[command].description);
    expect(help).toContain('Ctrl+R');
    expect(help).toContain('Ctrl+K');
  });

  it("opens on the current screen's keys: a practice task's reading and blank keys on the first page", () => {
    const first = registry.practice.help ?? registry.practice.scopes;
    const page = lines(78, first).slice(0, 20).join('\n');
    expect(page).toContain('Practice task (reading; Esc from a blank)');
    expect(page).toContain(KEYS.practiceRun.description);
    expect(page).toContain('Practice task: typing in a blank');
  });

  it('fits its width at 80 columns: no line is longer, nothing is cut', () => {
    for (const line of lines(78, ALL_SCOPES)) expect(displayWidth(line)).toBeLessThanOrEqual(78);
    for (const scope of ALL_SCOPES) for (const c of commandsIn(scope)) expect(flat(78)).toContain(KEYS[c].description);
  });
});

describe('footer', () => {
  it('fits its width at every size: whole hints drop, none is cut, ? help stays while it fits', () => {
    const sets = [...Object.values(registry).map((e) => e.scopes), ['form', 'field'], ['practice-blank'], ['practice', 'scroll', 'global'], ['practice-options']] as Array<readonly Scope[]>;
    for (const scopes of sets) {
      const all = footerHints(scopes);
      for (let width = 8; width <= 120; width++) {
        const shown = fitHints(all, width);
        const text = shown.map((h) => `${h.keys} ${h.label}`).join('  ');
        expect(displayWidth(text)).toBeLessThanOrEqual(width);
        // Every hint shown is one of the table's, whole.
        for (const h of shown) expect(all).toContainEqual(h);
        if (all.some((h) => h.label === 'help') && width >= 8) expect(shown.some((h) => h.label === 'help')).toBe(true);
      }
    }
  });
});
