import { describe, expect, it } from 'vitest';
import type { Verdict } from '../../src/checks/types';
import { LAB08 } from '../../src/lessons';
import {
  canReveal,
  createEditor,
  editedSinceCheck,
  editorReducer,
  hintsRaised,
  sanitize,
  type EditorAction,
  type EditorState,
} from '../../src/practice/editor';

const [T1, T2, T3] = LAB08.practice.tasks as [(typeof LAB08.practice.tasks)[number], (typeof LAB08.practice.tasks)[number], (typeof LAB08.practice.tasks)[number]];

function run(state: EditorState, ...actions: EditorAction[]): EditorState {
  return actions.reduce(editorReducer, state);
}

const type = (text: string): EditorAction => ({ type: 'insert', text });
const failed: Verdict = { outcome: 'failed', output: [], message: "Expected 3 tasks, got 4" };
const errored: Verdict = {
  outcome: 'error',
  output: [],
  errorType: 'NameError',
  pythonMessage: "name 'no' is not defined",
  message: 'no is not defined',
  cell: 'todo',
  line: 15,
};
const passed: Verdict = { outcome: 'passed', output: ['Task 1 PASSED: Job configuration understood correctly'], message: 'Task 1 PASSED: Job configuration understood correctly' };

describe('createEditor', () => {
  it('starts on the first blank, out of the field (the prompt is read first), with one empty answer per blank', () => {
    const s = createEditor(T3);
    expect(s.answers).toEqual(['', '', '', '']);
    expect(s.focus).toBe(0);
    expect(s.mode).toBe('command');
    expect(run(s, { type: 'edit' }).mode).toBe('edit');
    expect(s.attempts).toBe(0);
    expect(canReveal(s)).toBe(false);
  });

  it('restores saved answers (cursor at their end) and fits them to the blanks', () => {
    const s = createEditor(T3, { answers: ['0 6 * * *', '0 * * * *', 'extra', 'x', 'y'], attempts: 2, hintsUsed: 3, secondsSpent: 40 });
    expect(s.answers).toEqual(['0 6 * * *', '0 * * * *', 'extra', 'x']);
    expect(s.cursors[0]).toBe(9);
    expect(s.attempts).toBe(2);
    expect(s.hintsUsed).toBe(3);
    expect(s.secondsSpent).toBe(40);
    // Two earlier checks that did not pass: the solution may be shown.
    expect(canReveal(s)).toBe(true);
    expect(canReveal(createEditor(T3, { attempts: 2, passed: true }))).toBe(false);
    expect(canReveal(createEditor(T3, { answers: ['a'] }))).toBe(false);
  });

  it('resumes each blank at its hint level (within its hints) and shows the last check as it was', () => {
    const answers = ['0 7 * * *', '', '', ''];
    const s = createEditor(T3, { answers, attempts: 1, hintsUsed: 4, hintLevels: [3, 1, 99], lastCheck: { verdict: failed, answers } });
    const hints = T3.blanks.map((b) => b.hints.length);
    expect(s.hintLevels).toEqual([Math.min(3, hints[0]!), Math.min(1, hints[1]!), hints[2], 0]);
    expect(s.verdict).toBe(failed);
    expect(s.checkedAnswers).toEqual(answers);
    expect(editedSinceCheck(s)).toBe(false);
    // The next hint of a blank already at its last one says so, and counts nothing.
    const next = run({ ...s, focus: 2 }, { type: 'hint' });
    expect(next.hintsUsed).toBe(4);
    expect(next.notice).toMatchObject({ kind: 'no-more-hints', blank: 2 });
  });
});

describe('editing', () => {
  it('inserts at the cursor, moves, deletes backwards and forwards', () => {
    let s = run(createEditor(T3), type('0 6 *'), { type: 'insert', text: ' * *' });
    expect(s.answers[0]).toBe('0 6 * * *');
    s = run(s, { type: 'home' }, { type: 'right' }, { type: 'right' }, type('0'));
    expect(s.answers[0]).toBe('0 06 * * *');
    expect(s.cursors[0]).toBe(3);
    s = run(s, { type: 'backspace' });
    expect(s.answers[0]).toBe('0 6 * * *');
    s = run(s, { type: 'left' }, { type: 'delete' });
    expect(s.answers[0]).toBe('06 * * *');
    s = run(s, { type: 'end' }, { type: 'backspace' }, { type: 'backspace' });
    expect(s.answers[0]).toBe('06 * *');
    expect(s.cursors[0]).toBe(6);
  });

  it('keeps the cursor inside the text at both ends', () => {
    let s = run(createEditor(T3), { type: 'left' }, { type: 'backspace' }, { type: 'delete' });
    expect(s.answers[0]).toBe('');
    expect(s.cursors[0]).toBe(0);
    s = run(s, type('ab'), { type: 'right' }, { type: 'right' });
    expect(s.cursors[0]).toBe(2);
  });

  it('deletes a word back (Ctrl+W) and to the start (Ctrl+U)', () => {
    let s = run(createEditor(T1), { type: 'focus', index: 1 }, type('refresh pipeline'), { type: 'deleteWord' });
    expect(s.answers[1]).toBe('refresh ');
    s = run(s, { type: 'deleteWord' });
    expect(s.answers[1]).toBe('');
    s = run(s, type('abc def'), { type: 'left' }, { type: 'left' }, { type: 'deleteToStart' });
    expect(s.answers[1]).toBe('ef');
    expect(s.cursors[1]).toBe(0);
  });

  it('keeps a blank on one line: pasted newlines and tabs become spaces, control characters go', () => {
    expect(sanitize('a\nb\tc\r\nd\u0007')).toBe('a b c d');
    const s = run(createEditor(T3), type('0 6\n* * *'));
    expect(s.answers[0]).toBe('0 6 * * *');
  });

  it('counts the cursor in characters, not UTF-16 units', () => {
    const s = run(createEditor(T1), { type: 'focus', index: 1 }, type('é😀x'), { type: 'left' }, { type: 'backspace' });
    expect(s.answers[1]).toBe('éx');
    expect(s.cursors[1]).toBe(1);
  });

  it('moving the cursor does not replace the answers array (onChange fires for edits only)', () => {
    const s = run(createEditor(T3), type('0 6'));
    const moved = run(s, { type: 'left' }, { type: 'home' });
    expect(moved.answers).toBe(s.answers);
    expect(moved.cursors).not.toBe(s.cursors);
  });
});

describe('focus', () => {
  it('Tab / Shift+Tab move between blanks and go round', () => {
    let s = createEditor(T3);
    s = run(s, { type: 'next' });
    expect(s.focus).toBe(1);
    s = run(s, { type: 'next' }, { type: 'next' }, { type: 'next' });
    expect(s.focus).toBe(0);
    s = run(s, { type: 'prev' });
    expect(s.focus).toBe(3);
    s = run(s, { type: 'focus', index: 99 });
    expect(s.focus).toBe(3);
  });

  it('each blank keeps its own text and cursor', () => {
    const s = run(createEditor(T3), type('0 6 * * *'), { type: 'next' }, type('0 * * * *'), { type: 'left' }, { type: 'prev' });
    expect(s.answers.slice(0, 2)).toEqual(['0 6 * * *', '0 * * * *']);
    expect(s.cursors.slice(0, 2)).toEqual([9, 8]);
    expect(s.focus).toBe(0);
  });

  it('Esc leaves the field for command mode; moving focus goes back into a field', () => {
    let s = run(createEditor(T3), { type: 'command' });
    expect(s.mode).toBe('command');
    s = run(s, { type: 'next' });
    expect(s.mode).toBe('edit');
    s = run(s, { type: 'command' }, { type: 'edit' });
    expect(s.mode).toBe('edit');
  });
});

describe('options', () => {
  it('cycles through a blank\'s options in both directions', () => {
    let s = run(createEditor(T2), { type: 'cycleOption', delta: 1 });
    expect(s.answers[0]).toBe('scheduled');
    s = run(s, { type: 'cycleOption', delta: 1 }, { type: 'cycleOption', delta: 1 });
    expect(s.answers[0]).toBe('continuous');
    s = run(s, { type: 'cycleOption', delta: -1 });
    expect(s.answers[0]).toBe('file_arrival');
    expect(s.cursors[0]).toBe('file_arrival'.length);
    expect(run(createEditor(T2), { type: 'cycleOption', delta: -1 }).answers[0]).toBe('manual');
  });

  it('opens a list on the current option, moves, chooses, closes', () => {
    let s = run(createEditor(T2), { type: 'pick', option: 'continuous' }, { type: 'openPicker' });
    expect(s.picker).toBe(2);
    s = run(s, { type: 'pickerMove', delta: 1 }, { type: 'pickerMove', delta: 1 });
    expect(s.picker).toBe(0);
    s = run(s, { type: 'pickerChoose' });
    expect(s.answers[0]).toBe('scheduled');
    expect(s.picker).toBeNull();
    s = run(s, { type: 'openPicker' }, { type: 'pickerChoose', index: 3 });
    expect(s.answers[0]).toBe('manual');
    s = run(s, { type: 'openPicker' }, { type: 'closePicker' });
    expect(s.picker).toBeNull();
    expect(s.answers[0]).toBe('manual');
  });

  it('typing while the list is open closes it and types', () => {
    const s = run(createEditor(T2), { type: 'openPicker' }, type('man'));
    expect(s.picker).toBeNull();
    expect(s.answers[0]).toBe('man');
  });

  it('a blank without options says so instead of opening a list', () => {
    const s = run(createEditor(T3), { type: 'openPicker' });
    expect(s.picker).toBeNull();
    expect(s.notice).toEqual({ kind: 'no-options', blank: 0 });
    const t1 = run(createEditor(T1), { type: 'focus', index: 4 }, { type: 'cycleOption', delta: 1 });
    expect(t1.answers[4]).toBe('True');
  });
});

describe('checks', () => {
  it('counts attempts and keeps the verdict with the answers it judged', () => {
    let s = run(createEditor(T1), type('4'), { type: 'checked', verdict: failed, answers: ['4', '', '', '', ''] });
    expect(s.attempts).toBe(1);
    expect(s.verdict).toBe(failed);
    expect(s.passed).toBe(false);
    expect(editedSinceCheck(s)).toBe(false);
    s = run(s, { type: 'backspace' }, type('3'));
    expect(editedSinceCheck(s)).toBe(true);
    s = run(s, { type: 'checked', verdict: passed, answers: s.answers });
    expect(s.attempts).toBe(2);
    expect(s.passed).toBe(true);
    expect(s.mode).toBe('command');
    // Passing is sticky.
    s = run(s, { type: 'edit' }, type('0'), { type: 'checked', verdict: failed, answers: s.answers });
    expect(s.passed).toBe(true);
    expect(s.attempts).toBe(3);
  });
});

describe('hints', () => {
  it('shows hints one at a time per blank, up to the last', () => {
    let s = run(createEditor(T3), { type: 'hint' });
    expect(s.hintLevels).toEqual([1, 0, 0, 0]);
    expect(s.notice).toEqual({ kind: 'hint', blank: 0, level: 1, of: 3 });
    s = run(s, { type: 'hint' }, { type: 'hint' });
    expect(s.hintLevels[0]).toBe(3);
    expect(s.hintsUsed).toBe(3);
    s = run(s, { type: 'hint' });
    expect(s.hintLevels[0]).toBe(3);
    expect(s.hintsUsed).toBe(3);
    expect(s.notice).toEqual({ kind: 'no-more-hints', blank: 0 });
    s = run(s, { type: 'next' }, { type: 'hint' });
    expect(s.hintLevels).toEqual([3, 1, 0, 0]);
    expect(s.hintsUsed).toBe(4);
    expect(run(s, { type: 'hint', blank: 3 }).hintLevels).toEqual([3, 1, 0, 1]);
  });

  it('adds to the hints used in earlier sessions', () => {
    const s = run(createEditor(T3, { hintsUsed: 5 }), { type: 'hint' });
    expect(s.hintsUsed).toBe(6);
  });

  it('reports which blank got a new hint (for onHint)', () => {
    const a = createEditor(T3);
    const b = run(a, { type: 'next' }, { type: 'hint' });
    expect(hintsRaised(a, b)).toEqual([{ blank: 1, level: 1 }]);
    expect(hintsRaised(b, run(b, type('x')))).toEqual([]);
  });

  it('a notice lasts one action', () => {
    const s = run(createEditor(T3), { type: 'hint' });
    expect(s.notice).not.toBeNull();
    expect(run(s, type('0')).notice).toBeNull();
    // Booking time in the background keeps it.
    expect(run(s, { type: 'time', seconds: 3 }).notice).toEqual(s.notice);
  });
});

describe('revealing the solution', () => {
  it('is refused before any check, and after a passed one', () => {
    let s = run(createEditor(T1), { type: 'reveal' }, { type: 'reveal' });
    expect(s.solutionRevealed).toBe(false);
    expect(s.notice).toEqual({ kind: 'reveal-locked' });
    s = run(s, { type: 'checked', verdict: passed, answers: s.answers }, { type: 'reveal' }, { type: 'reveal' });
    expect(s.solutionRevealed).toBe(false);
  });

  it('after a failed check it takes a second press to confirm, and is recorded', () => {
    let s = run(createEditor(T1), { type: 'checked', verdict: failed, answers: ['', '', '', '', ''] }, { type: 'reveal' });
    expect(s.solutionRevealed).toBe(false);
    expect(s.notice).toEqual({ kind: 'reveal-confirm' });
    s = run(s, { type: 'reveal' });
    expect(s.solutionRevealed).toBe(true);
    expect(s.solutionVisible).toBe(true);
    s = run(s, { type: 'toggleSolution' });
    expect(s.solutionVisible).toBe(false);
    expect(s.solutionRevealed).toBe(true);
  });

  it('after a check that raised (error) too; any other key in between cancels the confirmation', () => {
    let s = run(createEditor(T1), { type: 'checked', verdict: errored, answers: ['', '', '', '', ''] }, { type: 'reveal' }, type('x'), { type: 'reveal' });
    expect(s.solutionRevealed).toBe(false);
    expect(s.notice).toEqual({ kind: 'reveal-confirm' });
    s = run(s, { type: 'reveal' });
    expect(s.solutionRevealed).toBe(true);
  });

  it('stays allowed once a check failed, even if a later one passed', () => {
    const s = run(
      createEditor(T1),
      { type: 'checked', verdict: failed, answers: ['', '', '', '', ''] },
      { type: 'checked', verdict: passed, answers: ['', '', '', '', ''] },
      { type: 'reveal' },
      { type: 'reveal' },
    );
    expect(s.solutionRevealed).toBe(true);
  });
});

describe('time', () => {
  it('adds booked seconds and ignores non-positive ones', () => {
    const s = run(createEditor(T1, { secondsSpent: 10 }), { type: 'time', seconds: 5 }, { type: 'time', seconds: 0 });
    expect(s.secondsSpent).toBe(15);
  });
});
