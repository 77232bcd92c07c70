// Which key scopes the drill listens to at each moment, whether its text input has the keyboard
// (the App's q / ? / Esc are then suspended), and so which hints the footer shows. One function
// for all three, so the footer cannot advertise a key the screen ignores.

import type { FooterSpec } from '../footer-context';
import type { Command, Scope } from '../keys';

export type DrillView =
  /** The lobby with the name field. */
  | 'lobby-name'
  /** The lobby when --name was given: nothing to type. */
  | 'lobby'
  | 'running'
  | 'confirm'
  /** Just after time ran out: keys are ignored for a moment, so the letters a learner was still
   * typing do not quit the app or leave the results. */
  | 'grace'
  | 'end';

export interface ViewKeys {
  /** The scopes the screen itself matches keys in. */
  own: Scope[];
  /** True while typed letters are text (the App's global keys are suspended). */
  capture: boolean;
  footer: FooterSpec;
}

/** Keys that work but would crowd an 80-column footer (the help lists them all). */
const QUIET: readonly Command[] = ['drillEnter'];

export function drillKeys(view: DrillView, options: { scrollable?: boolean } = {}): ViewKeys {
  switch (view) {
    case 'lobby-name':
      return { own: ['drill-lobby', 'drill-name'], capture: true, footer: { scopes: ['drill-lobby', 'drill-name', 'always'] } };
    case 'lobby':
      return { own: ['drill-lobby'], capture: false, footer: { scopes: ['drill-lobby', 'global'] } };
    case 'running':
      return { own: ['drill'], capture: true, footer: { scopes: ['drill', 'always'], omit: QUIET } };
    case 'confirm':
      return { own: ['drill-confirm'], capture: true, footer: { scopes: ['drill-confirm', 'always'] } };
    case 'grace':
      return { own: [], capture: true, footer: { scopes: ['always'] } };
    case 'end': {
      const scroll: Scope[] = options.scrollable ? ['scroll'] : [];
      // One scroll hint is enough; the others are in the help.
      const omit: Command[] = options.scrollable ? ['pageUp', 'top', 'bottom'] : [];
      return { own: ['drill-end', ...scroll], capture: false, footer: { scopes: ['drill-end', ...scroll, 'global'], omit } };
    }
  }
}

/** Every scope set the drill activates at some moment, with the App's own (for the key-clash test). */
export function activeScopeSets(): Array<{ view: DrillView; scopes: Scope[] }> {
  const views: DrillView[] = ['lobby-name', 'lobby', 'running', 'confirm', 'grace', 'end'];
  return views.map((view) => {
    const keys = drillKeys(view, { scrollable: true });
    const app: Scope[] = keys.capture ? ['always'] : ['always', 'global'];
    return { view, scopes: [...new Set([...keys.own, ...app])] };
  });
}
