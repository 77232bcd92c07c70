// The one table of key bindings. Input matching, the footer hints and the help overlay are all
// generated from it, so a binding cannot be documented in one place and wired differently in another.

import type { Key } from './input/key';

export type NamedKey =
  | 'up'
  | 'down'
  | 'left'
  | 'right'
  | 'pageup'
  | 'pagedown'
  | 'home'
  | 'end'
  | 'enter'
  | 'esc'
  | 'tab'
  | 'shift+tab'
  | 'space'
  | 'backspace'
  | 'delete';

type Lower =
  | 'a' | 'b' | 'c' | 'd' | 'e' | 'f' | 'g' | 'h' | 'i' | 'j' | 'k' | 'l' | 'm'
  | 'n' | 'o' | 'p' | 'q' | 'r' | 's' | 't' | 'u' | 'v' | 'w' | 'x' | 'y' | 'z';
type Digit = '0' | '1' | '2' | '3' | '4' | '5' | '6' | '7' | '8' | '9';
type Punct = '?' | '!' | '/' | '[' | ']' | '<' | '>' | '+' | '-' | '=' | ',' | '.' | ':' | ';';

/** A key as written in the table: a named key, a printable character, or ctrl+letter. */
export type KeySpec =
  | NamedKey
  | Lower
  | Uppercase<Lower>
  | Digit
  | Punct
  | `ctrl+${Lower}`
  | `alt+${Lower}`
  | 'alt+left'
  | 'alt+right'
  | 'ctrl+left'
  | 'ctrl+right'
  | 'alt+backspace';

/**
 * Where a binding applies. A screen lists the scopes it activates (see registry.ts); the
 * footer shows hints for exactly those scopes.
 * - always: handled by the App on every screen, even while a text field has the keyboard.
 * - global: the App's own keys (quit, help, back); suspended while a field captures input.
 * - list / scroll: the two ways of moving, never both on one screen.
 * - workshop / practice: a step or task screen's own keys.
 * - field: while a form field (a checkpoint) has the keyboard.
 * - review…: the exam review, one scope per moment of a card (Enter starts, answers, shows the
 *   answer, moves on or closes, and digits pick an option or rate): the screen activates the
 *   scope of the moment (screens/review/phase.ts), so each key has one meaning at a time.
 * - sql…: the SQL screen (`lakeflow-lab sql`) and the pieces other screens reuse: 'sql' holds
 *   the screen's Ctrl/named keys (live while typing), 'sql-editor' the multi-line query editor
 *   (with 'text'), 'sql-table' a result table that has the keyboard, 'sql-schema' the table list.
 * - sql-lab / sql-lab-edit: a SQL lab exercise (Practice), reading and typing: the same letters
 *   as a practice task (r check, h hint, s solution), x runs the query for its rows.
 * - drill…: the classroom drill, one scope per moment (lobby, name field, answering, the finish
 *   question, the results): screens/drill/phase.ts picks them. While answering, letters are
 *   text, so every command there is a Ctrl or named key.
 */
export type Scope =
  | 'always'
  | 'global'
  | 'list'
  | 'scroll'
  | 'workshop'
  | 'form'
  | 'form-yaml'
  | 'practice'
  | 'practice-blank'
  | 'practice-options'
  | 'field'
  | 'text'
  | 'review'
  | 'review-card'
  | 'review-self'
  | 'review-rate'
  | 'review-summary'
  | 'review-any'
  | 'drill-lobby'
  | 'drill-name'
  | 'drill'
  | 'drill-confirm'
  | 'drill-end'
  | 'settings'
  | 'settings-edit'
  | 'live'
  | 'sql'
  | 'sql-editor'
  | 'sql-table'
  | 'sql-schema'
  | 'sql-lab'
  | 'sql-lab-edit';

export const SCOPE_TITLES: Record<Scope, string> = {
  always: 'Everywhere',
  global: 'Anywhere (outside a text field)',
  list: 'Lists and menus',
  scroll: 'Reading (long pages)',
  workshop: 'Workshop step',
  form: 'Workshop checkpoint (the job builder form)',
  'form-yaml': 'Workshop checkpoint: the YAML view',
  practice: 'Practice task (reading; Esc from a blank)',
  'practice-blank': 'Practice task: typing in a blank',
  'practice-options': 'Practice task: the option list',
  field: 'In a text field',
  text: 'Editing text (every text field and blank)',
  review: 'Review: before starting',
  'review-card': 'Review: answering a card',
  'review-self': 'Review: a card you grade yourself',
  'review-rate': 'Review: after answering',
  'review-summary': 'Review: the summary',
  'review-any': 'Review: any card (outside the answer field)',
  'drill-lobby': 'Drill: the lobby',
  'drill-name': 'Drill: typing your name',
  drill: 'Drill: answering (letters go into the blank)',
  'drill-confirm': 'Drill: finish early?',
  'drill-end': 'Drill: the results',
  settings: 'Settings',
  'settings-edit': 'Settings: typing a value',
  live: 'Live class view (report --live)',
  sql: 'SQL screen',
  'sql-editor': 'SQL: typing a query (every text field key works on the line)',
  'sql-table': 'SQL: the result table',
  'sql-schema': 'SQL: the list of tables',
  'sql-lab': 'SQL lab exercise (reading; Esc from the editor)',
  'sql-lab-edit': 'SQL lab exercise: typing the query',
};

export interface Binding {
  keys: readonly KeySpec[];
  description: string;
  scope: Scope;
  /**
   * Shown in the footer when set. Commands sharing a `group` are merged into one hint
   * (↑ and ↓ become "↑↓ move").
   */
  hint?: { label: string; group?: string; keys?: string };
}

export const KEYS = {
  forceQuit: { keys: ['ctrl+c'], description: 'Quit now (progress is saved first)', scope: 'always' },

  quit: { keys: ['q'], description: 'Quit lakeflow-lab', scope: 'global', hint: { label: 'quit' } },
  help: { keys: ['?'], description: 'Show or hide this help', scope: 'global', hint: { label: 'help' } },
  messages: { keys: ['!'], description: 'Show every message and warning of this session in full', scope: 'global' },
  back: { keys: ['esc', 'backspace'], description: 'Go back', scope: 'global', hint: { label: 'back' } },

  up: { keys: ['up', 'k'], description: 'Move up', scope: 'list', hint: { label: 'move', group: 'move' } },
  down: { keys: ['down', 'j'], description: 'Move down', scope: 'list', hint: { label: 'move', group: 'move' } },
  first: { keys: ['home', 'g'], description: 'First item', scope: 'list' },
  last: { keys: ['end', 'G'], description: 'Last item', scope: 'list' },
  open: { keys: ['enter'], description: 'Open the selected item', scope: 'list', hint: { label: 'open' } },

  lineUp: { keys: ['up', 'k'], description: 'Scroll up one line', scope: 'scroll', hint: { label: 'scroll', group: 'scroll' } },
  lineDown: { keys: ['down', 'j'], description: 'Scroll down one line', scope: 'scroll', hint: { label: 'scroll', group: 'scroll' } },
  pageUp: { keys: ['pageup', 'b'], description: 'Scroll up one page', scope: 'scroll' },
  pageDown: { keys: ['pagedown', 'space'], description: 'Scroll down one page', scope: 'scroll', hint: { label: 'page' } },
  top: { keys: ['home', 'g'], description: 'Go to the top', scope: 'scroll' },
  bottom: { keys: ['end', 'G'], description: 'Go to the bottom', scope: 'scroll' },

  prevStep: { keys: ['left', 'p'], description: 'Previous step', scope: 'workshop', hint: { label: 'step', group: 'step' } },
  nextStep: { keys: ['right', 'n'], description: 'Next step', scope: 'workshop', hint: { label: 'step', group: 'step' } },
  toggleDone: { keys: ['d'], description: 'Mark this step done or not (counts once its checkpoint passes)', scope: 'workshop', hint: { label: 'done' } },
  focusCheckpoint: { keys: ['tab'], description: "Go to the step's checkpoint", scope: 'workshop', hint: { label: 'checkpoint' } },

  formNext: { keys: ['down'], description: 'Next field', scope: 'form', hint: { label: 'field', group: 'field' } },
  formPrev: { keys: ['up'], description: 'Previous field', scope: 'form', hint: { label: 'field', group: 'field' } },
  formTabNext: { keys: ['tab'], description: 'Next field, past the rows’ ✕ buttons', scope: 'form' },
  formTabPrev: { keys: ['shift+tab'], description: 'Previous field, past the rows’ ✕ buttons', scope: 'form' },
  formChoosePrev: { keys: ['left'], description: 'Previous choice (in a choice field)', scope: 'form', hint: { label: 'choose', group: 'choose' } },
  formChooseNext: { keys: ['right'], description: 'Next choice (in a choice field)', scope: 'form', hint: { label: 'choose', group: 'choose' } },
  formSpace: { keys: ['space'], description: 'Next choice in a choice field; presses the focused button', scope: 'form' },
  formActivate: { keys: ['enter'], description: 'Check the step (or press the focused button)', scope: 'form', hint: { label: 'check' } },
  formYaml: { keys: ['y'], description: "Show the bundle YAML next to the lab's reference (outside text fields)", scope: 'form', hint: { label: 'YAML' } },

  yamlUp: { keys: ['up'], description: 'Scroll the YAML up', scope: 'form-yaml', hint: { label: 'scroll', group: 'scroll' } },
  yamlDown: { keys: ['down'], description: 'Scroll the YAML down', scope: 'form-yaml', hint: { label: 'scroll', group: 'scroll' } },
  yamlPageUp: { keys: ['pageup'], description: 'Scroll the YAML up one page', scope: 'form-yaml' },
  yamlPageDown: { keys: ['pagedown', 'space'], description: 'Scroll the YAML down one page', scope: 'form-yaml' },
  yamlSwitch: { keys: ['left', 'right'], description: "Switch between your YAML and the lab's", scope: 'form-yaml', hint: { label: 'switch' } },
  yamlClose: { keys: ['y', 'enter'], description: 'Back to the form', scope: 'form-yaml', hint: { label: 'back' } },

  // Practice, reading (command mode): single letters are commands.
  practiceFill: { keys: ['enter', 'i', 'tab'], description: 'Into the blank (the screen opens on the task text)', scope: 'practice', hint: { label: 'fill in' } },
  practicePrevBlank: { keys: ['shift+tab'], description: 'Into the previous blank', scope: 'practice' },
  practiceRun: { keys: ['r', 'ctrl+r'], description: 'Run the check', scope: 'practice', hint: { label: 'run' } },
  practiceHint: { keys: ['h', 'ctrl+g'], description: 'Next hint for the focused blank', scope: 'practice', hint: { label: 'hint' } },
  practiceSolution: {
    keys: ['s', 'ctrl+t'],
    description: 'Show the solution (after a check that did not pass; press twice, it is recorded), or hide / show it again',
    scope: 'practice',
    hint: { label: 'solution' },
  },
  practiceJump: { keys: ['1', '2', '3', '4', '5', '6', '7', '8', '9'], description: 'Go to blank N', scope: 'practice', hint: { label: 'blank n', keys: '1-9' } },
  practiceQuery: { keys: ['x', 'ctrl+x'], description: 'Run the query on the system tables and show its rows (SQL tasks)', scope: 'practice', hint: { label: 'query' } },
  prevTask: { keys: ['left', 'p'], description: 'Previous task', scope: 'practice', hint: { label: 'task', group: 'task' } },
  nextTask: { keys: ['right', 'n'], description: 'Next task', scope: 'practice', hint: { label: 'task', group: 'task' } },

  // Practice, typing in a blank: letters are text, so commands are Ctrl or named keys.
  blankNext: { keys: ['tab'], description: 'Next blank', scope: 'practice-blank', hint: { label: 'next blank' } },
  blankPrev: { keys: ['shift+tab'], description: 'Previous blank', scope: 'practice-blank' },
  blankEnter: { keys: ['enter'], description: 'Next blank; on the last blank, run the check', scope: 'practice-blank' },
  blankRun: { keys: ['ctrl+r'], description: 'Run the cells and show the verdict', scope: 'practice-blank', hint: { label: 'run' } },
  blankQuery: { keys: ['ctrl+x'], description: 'Run the query on the system tables and show its rows (SQL tasks)', scope: 'practice-blank', hint: { label: 'query' } },
  blankHint: { keys: ['ctrl+g'], description: 'Next hint for this blank', scope: 'practice-blank', hint: { label: 'hint' } },
  blankSolution: {
    keys: ['ctrl+t'],
    description: 'Show the solution (after a check that did not pass; press twice, it is recorded)',
    scope: 'practice-blank',
    hint: { label: 'solution' },
  },
  blankUp: { keys: ['up'], description: 'Previous option (a blank with options), else the previous blank', scope: 'practice-blank', hint: { label: 'options', group: 'options' } },
  blankDown: { keys: ['down'], description: 'Next option (a blank with options), else the next blank', scope: 'practice-blank', hint: { label: 'options', group: 'options' } },
  blankOptions: { keys: ['ctrl+o'], description: 'Open the option list (a blank with options)', scope: 'practice-blank' },
  blankSpaceOptions: { keys: ['space'], description: 'Open the option list when the blank is empty (else a space)', scope: 'practice-blank' },
  blankPageUp: { keys: ['pageup'], description: 'Scroll up a page', scope: 'practice-blank' },
  blankPageDown: { keys: ['pagedown'], description: 'Scroll down a page', scope: 'practice-blank', hint: { label: 'scroll' } },
  blankLeave: { keys: ['esc'], description: 'Leave the blank: letters become commands (r, h, s, n, p, q…)', scope: 'practice-blank', hint: { label: 'commands' } },

  pickerUp: { keys: ['up'], description: 'Previous option', scope: 'practice-options', hint: { label: 'choose', group: 'choose' } },
  pickerDown: { keys: ['down'], description: 'Next option', scope: 'practice-options', hint: { label: 'choose', group: 'choose' } },
  pickerPick: { keys: ['enter'], description: 'Put the highlighted option in the blank', scope: 'practice-options', hint: { label: 'pick' } },
  pickerNumber: { keys: ['1', '2', '3', '4', '5', '6', '7', '8', '9'], description: 'Put option N in the blank', scope: 'practice-options', hint: { label: 'pick n', keys: '1-9' } },
  pickerClose: { keys: ['esc'], description: 'Close the option list', scope: 'practice-options', hint: { label: 'close' } },

  leaveField: { keys: ['esc'], description: 'Leave the field (back to the text)', scope: 'field', hint: { label: 'leave field' } },

  // Word moves come before the plain arrows: Alt+← is not ←.
  textWordLeft: { keys: ['alt+left', 'ctrl+left', 'alt+b'], description: 'Cursor one word left', scope: 'text' },
  textWordRight: { keys: ['alt+right', 'ctrl+right', 'alt+f'], description: 'Cursor one word right', scope: 'text' },
  textLeft: { keys: ['left'], description: 'Cursor left', scope: 'text' },
  textRight: { keys: ['right'], description: 'Cursor right', scope: 'text' },
  textStart: { keys: ['home', 'ctrl+a'], description: 'Cursor to the start', scope: 'text' },
  textEnd: { keys: ['end', 'ctrl+e'], description: 'Cursor to the end', scope: 'text' },
  textDeleteWordBack: { keys: ['ctrl+w', 'alt+backspace'], description: 'Delete the word before the cursor', scope: 'text' },
  textBackspace: { keys: ['backspace'], description: 'Delete before the cursor', scope: 'text' },
  textDelete: { keys: ['delete', 'ctrl+d'], description: 'Delete under the cursor', scope: 'text' },
  textDeleteWordForward: { keys: ['alt+d'], description: 'Delete the word after the cursor', scope: 'text' },
  textDeleteToStart: { keys: ['ctrl+u'], description: 'Delete from the start to the cursor', scope: 'text' },
  textDeleteToEnd: { keys: ['ctrl+k'], description: 'Delete from the cursor to the end', scope: 'text' },

  startReview: { keys: ['enter'], description: 'Start the review session', scope: 'review', hint: { label: 'start' } },
  toggleCram: { keys: ['c'], description: 'Cram mode on/off: weakest cards first, whatever is due', scope: 'review', hint: { label: 'cram' } },
  unsuspendAll: { keys: ['u'], description: 'Bring every suspended card back into review', scope: 'review', hint: { label: 'unsuspend' } },

  optionUp: { keys: ['up', 'k'], description: 'Previous option', scope: 'review-card', hint: { label: 'move', group: 'move' } },
  optionDown: { keys: ['down', 'j'], description: 'Next option', scope: 'review-card', hint: { label: 'move', group: 'move' } },
  pickOption: { keys: ['1', '2', '3', '4', '5'], description: 'Select the option with that number', scope: 'review-card' },
  submitAnswer: { keys: ['enter'], description: 'Answer with the selected option or what you typed', scope: 'review-card', hint: { label: 'answer' } },
  focusAnswer: { keys: ['tab'], description: 'Back to the answer field', scope: 'review-card', hint: { label: 'type' } },

  revealAnswer: { keys: ['enter'], description: 'Show the answer, then grade yourself', scope: 'review-self', hint: { label: 'show answer' } },

  rateAgain: { keys: ['1'], description: 'Rate Again: did not know it (comes back soon)', scope: 'review-rate', hint: { label: 'rate', group: 'rate' } },
  rateHard: { keys: ['2'], description: 'Rate Hard: knew it with difficulty', scope: 'review-rate', hint: { label: 'rate', group: 'rate' } },
  rateGood: { keys: ['3'], description: 'Rate Good: knew it', scope: 'review-rate', hint: { label: 'rate', group: 'rate' } },
  rateEasy: { keys: ['4'], description: 'Rate Easy: knew it at once (comes back later)', scope: 'review-rate', hint: { label: 'rate', group: 'rate' } },
  nextCard: { keys: ['enter'], description: 'Save the rating and go to the next card', scope: 'review-rate', hint: { label: 'next' } },

  undoRating: { keys: ['u'], description: 'Undo the last rating (or suspend, bury): back to that card', scope: 'review-any', hint: { label: 'undo' } },
  buryCard: { keys: ['-'], description: 'Bury this card: out of review until tomorrow', scope: 'review-any', hint: { label: 'bury' } },
  suspendCard: { keys: ['s'], description: 'Suspend this card: out of review until unsuspended (u on the start panel)', scope: 'review-any', hint: { label: 'suspend' } },

  closeSummary: { keys: ['enter'], description: 'Close the summary (back where you came from)', scope: 'review-summary', hint: { label: 'done' } },

  startDrill: { keys: ['enter'], description: 'Start the drill (when your instructor says go)', scope: 'drill-lobby', hint: { label: 'start' } },
  leaveLobby: { keys: ['esc'], description: 'Leave without starting', scope: 'drill-name', hint: { label: 'leave' } },

  submitTask: { keys: ['ctrl+r'], description: 'Submit this task (judged at once; attempts are limited)', scope: 'drill', hint: { label: 'submit' } },
  drillEnter: { keys: ['enter'], description: 'Next blank; on the last blank, submit the task', scope: 'drill' },
  prevBlank: { keys: ['up', 'shift+tab'], description: 'Previous blank', scope: 'drill', hint: { label: 'blank', group: 'blank' } },
  nextBlank: { keys: ['down', 'tab'], description: 'Next blank', scope: 'drill', hint: { label: 'blank', group: 'blank' } },
  drillPrevTask: { keys: ['ctrl+p'], description: 'Previous task', scope: 'drill', hint: { label: 'task', group: 'task' } },
  drillNextTask: { keys: ['ctrl+n'], description: 'Next task', scope: 'drill', hint: { label: 'task', group: 'task' } },
  finishDrill: { keys: ['ctrl+f', 'esc'], description: 'Finish the drill early (asks first)', scope: 'drill', hint: { label: 'finish' } },
  drillPageUp: { keys: ['pageup'], description: 'Scroll up a page (the task text)', scope: 'drill', hint: { label: 'scroll', group: 'page' } },
  drillPageDown: { keys: ['pagedown'], description: 'Scroll down a page', scope: 'drill', hint: { label: 'scroll', group: 'page' } },

  confirmFinish: { keys: ['y'], description: 'Yes, finish now: unanswered tasks stay unanswered', scope: 'drill-confirm', hint: { label: 'finish now' } },
  cancelFinish: { keys: ['n', 'esc'], description: 'No, back to the drill', scope: 'drill-confirm', hint: { label: 'keep going' } },

  liveWriteReport: { keys: ['w'], description: 'Write the class report now (CSV and JSON, into --out)', scope: 'live', hint: { label: 'write report' } },
  livePane: { keys: ['tab'], description: 'Next lower pane: learners, wrong answers per blank, files not counted', scope: 'live', hint: { label: 'next pane' } },
  liveUp: { keys: ['up', 'k'], description: 'Scroll the lower pane up', scope: 'live', hint: { label: 'scroll', group: 'scroll' } },
  liveDown: { keys: ['down', 'j'], description: 'Scroll the lower pane down', scope: 'live', hint: { label: 'scroll', group: 'scroll' } },

  closeDrill: { keys: ['enter'], description: 'Close the results (back to Home)', scope: 'drill-end', hint: { label: 'done' } },

  settingUp: { keys: ['up', 'k'], description: 'Previous setting', scope: 'settings', hint: { label: 'move', group: 'move' } },
  settingDown: { keys: ['down', 'j'], description: 'Next setting', scope: 'settings', hint: { label: 'move', group: 'move' } },
  settingFirst: { keys: ['home', 'g'], description: 'First setting', scope: 'settings' },
  settingLast: { keys: ['end', 'G'], description: 'Last setting', scope: 'settings' },
  settingEdit: { keys: ['enter'], description: 'Edit the setting (a choice: the next one)', scope: 'settings', hint: { label: 'edit' } },
  settingPrev: { keys: ['left'], description: 'Previous choice (a setting with choices)', scope: 'settings', hint: { label: 'choose', group: 'choose' } },
  settingNext: { keys: ['right', 'space'], description: 'Next choice (a setting with choices)', scope: 'settings', hint: { label: 'choose', group: 'choose' } },
  settingUnset: { keys: ['u'], description: 'Unset: back to the default', scope: 'settings', hint: { label: 'default' } },
  settingSave: { keys: ['enter'], description: 'Save the value (refused with what the setting takes if it does not fit)', scope: 'settings-edit', hint: { label: 'save' } },
  settingCancel: { keys: ['esc'], description: 'Leave the field without saving', scope: 'settings-edit', hint: { label: 'cancel' } },

  // The SQL screen. While the editor has the keyboard letters are text: its commands are Ctrl or named keys.
  sqlRun: { keys: ['ctrl+r', 'ctrl+x'], description: 'Run the query (Ctrl+X as on Task 7 and in the SQL lab)', scope: 'sql', hint: { label: 'run' } },
  sqlNextPane: { keys: ['tab'], description: 'Next pane: the editor, the result table, the list of tables', scope: 'sql', hint: { label: 'pane' } },
  sqlPrevPane: { keys: ['shift+tab'], description: 'Previous pane', scope: 'sql' },
  sqlHistoryPrev: { keys: ['ctrl+p'], description: 'Previous query of the history (into the editor)', scope: 'sql', hint: { label: 'history', group: 'history' } },
  sqlHistoryNext: { keys: ['ctrl+n'], description: 'Next query of the history (back to what you were typing)', scope: 'sql', hint: { label: 'history', group: 'history' } },

  editorNewline: { keys: ['enter'], description: 'New line (keeps the indentation)', scope: 'sql-editor' },
  editorUp: { keys: ['up'], description: 'Cursor one line up', scope: 'sql-editor' },
  editorDown: { keys: ['down'], description: 'Cursor one line down', scope: 'sql-editor' },
  editorPageUp: { keys: ['pageup'], description: 'Cursor one page up', scope: 'sql-editor' },
  editorPageDown: { keys: ['pagedown'], description: 'Cursor one page down', scope: 'sql-editor' },
  editorLeave: { keys: ['esc'], description: 'Leave the editor (letters become commands again)', scope: 'sql-editor', hint: { label: 'leave' } },

  tableUp: { keys: ['up', 'k'], description: 'Scroll the rows up', scope: 'sql-table', hint: { label: 'rows', group: 'rows' } },
  tableDown: { keys: ['down', 'j'], description: 'Scroll the rows down', scope: 'sql-table', hint: { label: 'rows', group: 'rows' } },
  tableLeft: { keys: ['left', 'h'], description: 'Scroll to the previous column', scope: 'sql-table', hint: { label: 'columns', group: 'columns' } },
  tableRight: { keys: ['right', 'l'], description: 'Scroll to the next column', scope: 'sql-table', hint: { label: 'columns', group: 'columns' } },
  tablePageUp: { keys: ['pageup', 'b'], description: 'Rows: one page up', scope: 'sql-table' },
  tablePageDown: { keys: ['pagedown', 'space'], description: 'Rows: one page down', scope: 'sql-table' },
  tableTop: { keys: ['home', 'g'], description: 'First row', scope: 'sql-table' },
  tableBottom: { keys: ['end', 'G'], description: 'Last row', scope: 'sql-table' },
  tableEdit: { keys: ['enter', 'i', 'e'], description: 'Into the editor', scope: 'sql-table', hint: { label: 'edit' } },

  schemaUp: { keys: ['up', 'k'], description: 'Previous table or column', scope: 'sql-schema', hint: { label: 'move', group: 'move' } },
  schemaDown: { keys: ['down', 'j'], description: 'Next table or column', scope: 'sql-schema', hint: { label: 'move', group: 'move' } },
  schemaPageUp: { keys: ['pageup', 'b'], description: 'One page up', scope: 'sql-schema' },
  schemaPageDown: { keys: ['pagedown', 'space'], description: 'One page down', scope: 'sql-schema' },
  schemaInsert: { keys: ['enter'], description: 'Put the name into the query at the cursor', scope: 'sql-schema', hint: { label: 'insert' } },
  schemaEdit: { keys: ['i', 'e'], description: 'Into the editor', scope: 'sql-schema', hint: { label: 'edit' } },

  // A SQL lab exercise, reading (letters are commands, as on a practice task).
  labEdit: { keys: ['enter', 'i', 'tab'], description: 'Into the query editor', scope: 'sql-lab', hint: { label: 'edit' } },
  labCheck: { keys: ['r', 'ctrl+r'], description: "Check the query: its rows against the reference's on three histories", scope: 'sql-lab', hint: { label: 'check' } },
  labRun: { keys: ['x', 'ctrl+x'], description: 'Run the query on your history and show its rows', scope: 'sql-lab', hint: { label: 'run query' } },
  labHint: { keys: ['h', 'ctrl+g'], description: 'Next hint', scope: 'sql-lab', hint: { label: 'hint' } },
  labSolution: { keys: ['s', 'ctrl+t'], description: 'Show the reference query (after a check that did not pass), or hide it', scope: 'sql-lab', hint: { label: 'solution' } },
  labPrev: { keys: ['p'], description: 'Previous exercise', scope: 'sql-lab', hint: { label: 'exercise', group: 'exercise' } },
  labNext: { keys: ['n'], description: 'Next exercise', scope: 'sql-lab', hint: { label: 'exercise', group: 'exercise' } },
  labUp: { keys: ['up', 'k'], description: 'Scroll the rows or the verdict up', scope: 'sql-lab', hint: { label: 'scroll', group: 'scroll' } },
  labDown: { keys: ['down', 'j'], description: 'Scroll the rows or the verdict down', scope: 'sql-lab', hint: { label: 'scroll', group: 'scroll' } },
  labLeft: { keys: ['left'], description: 'The rows: previous columns', scope: 'sql-lab' },
  labRight: { keys: ['right'], description: 'The rows: next columns', scope: 'sql-lab' },
  labPageUp: { keys: ['pageup', 'b'], description: 'Scroll up a page', scope: 'sql-lab' },
  labPageDown: { keys: ['pagedown', 'space'], description: 'Scroll down a page', scope: 'sql-lab' },

  // Typing the query: letters are text, so commands are Ctrl or named keys (the editor's own keys: sql-editor, text).
  labEditCheck: { keys: ['ctrl+r'], description: "Check the query: its rows against the reference's on three histories", scope: 'sql-lab-edit', hint: { label: 'check' } },
  labEditRun: { keys: ['ctrl+x'], description: 'Run the query on your history and show its rows', scope: 'sql-lab-edit', hint: { label: 'run query' } },
  labEditHint: { keys: ['ctrl+g'], description: 'Next hint', scope: 'sql-lab-edit', hint: { label: 'hint' } },
  labEditSolution: { keys: ['ctrl+t'], description: 'Show the reference query (after a check that did not pass)', scope: 'sql-lab-edit', hint: { label: 'solution' } },
  labEditLeave: { keys: ['esc'], description: 'Leave the editor: letters become commands (r, x, h, s, n, p, q…)', scope: 'sql-lab-edit', hint: { label: 'commands' } },
} as const satisfies Record<string, Binding>;

export type Command = keyof typeof KEYS;

const COMMANDS = Object.keys(KEYS) as Command[];

// Ink reports most named keys as boolean flags on `key`.
const NAMED_FLAG: Partial<Record<NamedKey, keyof Key>> = {
  up: 'upArrow',
  down: 'downArrow',
  left: 'leftArrow',
  right: 'rightArrow',
  pageup: 'pageUp',
  pagedown: 'pageDown',
  home: 'home',
  end: 'end',
  enter: 'return',
  esc: 'escape',
  tab: 'tab',
};

const ARROW_FLAG = { left: 'leftArrow', right: 'rightArrow' } as const;

export function keyMatches(spec: KeySpec, input: string, key: Key): boolean {
  // Pasted text is text: never a command, whatever characters it holds.
  if (key.paste) return false;
  const flag = NAMED_FLAG[spec as NamedKey];
  if (flag !== undefined) {
    // Shift+Tab is not Tab; other named keys ignore shift. Alt/Ctrl+arrow are word moves.
    if (spec === 'tab' && key.shift) return false;
    if ((spec === 'left' || spec === 'right') && (key.meta || key.ctrl)) return false;
    return key[flag] === true;
  }
  if (spec === 'space') return input === ' ' && !key.ctrl && !key.meta;
  if (spec === 'shift+tab') return key.tab && key.shift;
  if (spec === 'backspace') return key.backspace && !key.meta;
  if (spec === 'alt+backspace') return key.backspace && key.meta;
  if (spec === 'delete') return key.delete;
  if (spec === 'alt+left' || spec === 'alt+right') return key.meta && key[ARROW_FLAG[spec.slice(4) as 'left' | 'right']];
  if (spec === 'ctrl+left' || spec === 'ctrl+right') return key.ctrl && key[ARROW_FLAG[spec.slice(5) as 'left' | 'right']];
  if (spec.startsWith('ctrl+')) return key.ctrl && input === spec.slice(5);
  if (spec.startsWith('alt+')) return key.meta && !key.ctrl && input === spec.slice(4);
  return input === spec && !key.ctrl && !key.meta;
}

/** The command bound to this keypress in the given scope(s), earlier scopes first. */
export function matchKey(input: string, key: Key, scope: Scope | readonly Scope[]): Command | undefined {
  const scopes: readonly Scope[] = typeof scope === 'string' ? [scope] : scope;
  for (const s of scopes) {
    for (const command of COMMANDS) {
      const binding: Binding = KEYS[command];
      if (binding.scope !== s) continue;
      if (binding.keys.some((spec) => keyMatches(spec, input, key))) return command;
    }
  }
  return undefined;
}

const KEY_LABEL: Record<NamedKey, string> = {
  up: '↑',
  down: '↓',
  left: '←',
  right: '→',
  pageup: 'PgUp',
  pagedown: 'PgDn',
  home: 'Home',
  end: 'End',
  enter: 'Enter',
  esc: 'Esc',
  tab: 'Tab',
  'shift+tab': 'Shift+Tab',
  space: 'Space',
  backspace: 'Backspace',
  delete: 'Delete',
};

export function keyLabel(spec: KeySpec): string {
  const named = KEY_LABEL[spec as NamedKey];
  if (named !== undefined) return named;
  if (spec.startsWith('ctrl+')) return `Ctrl+${keyLabel(spec.slice(5) as KeySpec).replace(/^[a-z]$/, (c) => c.toUpperCase())}`;
  if (spec.startsWith('alt+')) return `Alt+${keyLabel(spec.slice(4) as KeySpec).replace(/^[a-z]$/, (c) => c.toUpperCase())}`;
  return spec;
}

/** Every key of a command, for the help overlay: "↑ / k". */
export function describeKeys(command: Command): string {
  return KEYS[command].keys.map(keyLabel).join(' / ');
}

export interface Hint {
  keys: string;
  label: string;
}

/**
 * The footer hints for the active scopes, in table order. Only each command's first key is
 * shown; grouped commands are merged ("↑↓ move"). `omit` drops commands a screen does not offer
 * right now (no checkpoint → no Tab hint).
 */
export function footerHints(scope: Scope | readonly Scope[], omit: readonly Command[] = []): Hint[] {
  const scopes: readonly Scope[] = typeof scope === 'string' ? [scope] : scope;
  const hints: Hint[] = [];
  const groups = new Map<string, Hint>();
  for (const s of scopes) {
    for (const command of COMMANDS) {
      const binding: Binding = KEYS[command];
      if (binding.scope !== s || binding.hint === undefined || omit.includes(command)) continue;
      const first = binding.hint.keys ?? keyLabel(binding.keys[0] as KeySpec);
      const group = binding.hint.group;
      if (group !== undefined) {
        const existing = groups.get(`${s}:${group}`);
        if (existing) {
          existing.keys = joinKeys(existing.keys, first);
          continue;
        }
        const hint = { keys: first, label: binding.hint.label };
        groups.set(`${s}:${group}`, hint);
        hints.push(hint);
        continue;
      }
      hints.push({ keys: first, label: binding.hint.label });
    }
  }
  return hints;
}

/** "↑" + "↓" → "↑↓"; "Ctrl+P" + "Ctrl+N" → "Ctrl+P/N"; "PgUp" + "PgDn" → "PgUp/PgDn". */
function joinKeys(before: string, next: string): string {
  if ([...before].length === 1 && [...next].length === 1) return before + next;
  // A run of digits reads as a range: 1, 2, 3, 4 → "1-4".
  const digits = /^(\d)(?:-(\d))?$/.exec(before.length === 2 && /^\d\d$/.test(before) ? `${before[0]}-${before[1]}` : before);
  if (digits && /^\d$/.test(next) && Number(next) === Number(digits[2] ?? digits[1]) + 1) return `${digits[1]}-${next}`;
  const ctrl = 'Ctrl+';
  if (before.startsWith(ctrl) && next.startsWith(ctrl)) return `${before}/${next.slice(ctrl.length)}`;
  return `${before}/${next}`;
}

/** All commands of one scope, for the help overlay. */
export function commandsIn(scope: Scope): Command[] {
  return COMMANDS.filter((c) => KEYS[c].scope === scope);
}

export const ALL_SCOPES: readonly Scope[] = [
  'always',
  'global',
  'list',
  'scroll',
  'workshop',
  'form',
  'form-yaml',
  'practice',
  'practice-blank',
  'practice-options',
  'field',
  'text',
  'review',
  'review-card',
  'review-self',
  'review-rate',
  'review-summary',
  'review-any',
  'drill-lobby',
  'drill-name',
  'drill',
  'drill-confirm',
  'drill-end',
  'settings',
  'settings-edit',
  'live',
  'sql',
  'sql-editor',
  'sql-table',
  'sql-schema',
  'sql-lab',
  'sql-lab-edit',
];
