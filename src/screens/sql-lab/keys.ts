// A SQL lab exercise's keys, from the key table (../keys.ts): what a keypress means at this
// moment. Typing: the 'sql-lab-edit' commands, everything else goes to the query editor.
// Reading: the 'sql-lab' commands, where ↑↓←→ move the rows (or scroll the verdict).

import type { Key } from '../input/key';
import { KEYS, keyLabel, matchKey, type Command, type KeySpec, type Scope } from '../keys';
import type { ResultTableAction } from '../sql/result-table';
import type { ScrollAction } from '../components/scroll';
import type { Focus } from './exercise-state';

export type LabIntent =
  | { kind: 'edit' }
  | { kind: 'leave' }
  | { kind: 'check' }
  | { kind: 'run' }
  | { kind: 'hint' }
  | { kind: 'solution' }
  | { kind: 'navigate'; delta: 1 | -1 }
  | { kind: 'table'; action: ResultTableAction }
  | { kind: 'scroll'; action: ScrollAction };

/** The footer's scopes at this moment (the App's own keys only while reading). */
export function labScopes(focus: Focus): Scope[] {
  return focus === 'editor' ? ['sql-lab-edit'] : ['sql-lab', 'global'];
}

const MOVES: Partial<Record<Command, { table: ResultTableAction; scroll?: ScrollAction }>> = {
  labUp: { table: { type: 'up' }, scroll: { type: 'lineUp' } },
  labDown: { table: { type: 'down' }, scroll: { type: 'lineDown' } },
  labLeft: { table: { type: 'left' } },
  labRight: { table: { type: 'right' } },
  labPageUp: { table: { type: 'pageUp' }, scroll: { type: 'pageUp' } },
  labPageDown: { table: { type: 'pageDown' }, scroll: { type: 'pageDown' } },
};

/**
 * The intent of a key, or undefined when it is not the screen's (while typing: the editor's;
 * while reading: the App's, such as q and Esc). `rows`: the lower pane shows a table.
 */
export function labKey(input: string, key: Key, focus: Focus, rows: boolean): LabIntent | undefined {
  if (focus === 'editor') {
    switch (matchKey(input, key, 'sql-lab-edit')) {
      case 'labEditCheck':
        return { kind: 'check' };
      case 'labEditRun':
        return { kind: 'run' };
      case 'labEditHint':
        return { kind: 'hint' };
      case 'labEditSolution':
        return { kind: 'solution' };
      case 'labEditLeave':
        return { kind: 'leave' };
      default:
        return undefined;
    }
  }
  const command = matchKey(input, key, 'sql-lab');
  switch (command) {
    case 'labEdit':
      return { kind: 'edit' };
    case 'labCheck':
      return { kind: 'check' };
    case 'labRun':
      return { kind: 'run' };
    case 'labHint':
      return { kind: 'hint' };
    case 'labSolution':
      return { kind: 'solution' };
    case 'labPrev':
      return { kind: 'navigate', delta: -1 };
    case 'labNext':
      return { kind: 'navigate', delta: 1 };
    case undefined:
      return undefined;
    default: {
      const move = MOVES[command];
      if (!move) return undefined;
      if (rows) return { kind: 'table', action: move.table };
      return move.scroll ? { kind: 'scroll', action: move.scroll } : undefined;
    }
  }
}

/** "r (Ctrl+R)": a command's first key, and its Ctrl key when it has one (that one works while typing too). */
export function describeFirstKey(command: Command): string {
  const keys: readonly KeySpec[] = KEYS[command].keys;
  const first = keyLabel(keys[0] as KeySpec);
  const ctrl = keys.find((k) => k.startsWith('ctrl+') && k !== keys[0]);
  return ctrl ? `${first} (${keyLabel(ctrl)})` : first;
}
