import chalk from 'chalk';
import { render } from 'ink-testing-library';
import stringWidth from 'string-width';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { LAB08 } from '../../../src/lessons';
import type { PracticeTask } from '../../../src/lessons/types';
import type { Verdict } from '../../../src/checks/types';
import { PracticeTaskView, type PracticeTaskViewProps } from '../../../src/screens/practice/task/PracticeTaskView';
import { createTheme, ThemeContext } from '../../../src/screens/theme';

// Without a TTY chalk prints no styles: force colour so the colour assertions mean something.
beforeAll(() => {
  chalk.level = 3;
});

const KEY = {
  tab: '\t',
  shiftTab: '\u001B[Z',
  enter: '\r',
  esc: '\u001B',
  up: '\u001B[A',
  down: '\u001B[B',
  left: '\u001B[D',
  backspace: '\u007F',
  pageDown: '\u001B[6~',
  ctrl: (letter: string) => String.fromCharCode(letter.charCodeAt(0) - 96),
};

// eslint-disable-next-line no-control-regex
const ANSI = /\u001B\[[0-9;?]*[A-Za-z]/g;
const strip = (s: string): string => s.replace(ANSI, '');
/** The body text as one line: the scrollbar column cut off, wrapped lines joined. */
const flat = (frame: string): string =>
  frame
    .split('\n')
    .map((l) => l.slice(0, 78).trimEnd())
    .join(' ')
    .replace(/\s+/g, ' ');
const NOW = new Date('2026-11-23T22:00:00Z');
const ESC = String.fromCharCode(27);
/** The SGR code `code` is set on the line of `text`, before it. */
const styled = (raw: string, code: number, text: string): boolean => {
  const at = raw.indexOf(text);
  if (at === -1) return false;
  return raw.slice(raw.lastIndexOf('\n', at) + 1, at).includes(`${ESC}[${code}m`);
};

const mounted: Array<() => void> = [];
afterEach(() => {
  while (mounted.length) mounted.pop()?.();
});

async function settle(): Promise<void> {
  for (let i = 0; i < 3; i++) await new Promise<void>((r) => setImmediate(r));
}

function taskNo(n: number): PracticeTask {
  return LAB08.practice.tasks.find((t) => t.number === n) as PracticeTask;
}

function mount(n: number, extra: Partial<PracticeTaskViewProps> = {}, options: { noColor?: boolean } = {}) {
  const task = taskNo(n);
  const calls = {
    onChange: vi.fn(),
    onCheck: vi.fn<(v: Verdict, a: readonly string[]) => void>(),
    onHint: vi.fn(),
    onReveal: vi.fn(),
    onBack: vi.fn(),
    onNavigate: vi.fn(),
    onTime: vi.fn(),
  };
  const r = render(
    <ThemeContext.Provider value={createTheme({ noColor: options.noColor ?? false })}>
      <PracticeTaskView task={task} {...calls} width={80} height={36} taskCount={8} now={() => NOW} timeZone="UTC" {...extra} />
    </ThemeContext.Provider>,
  );
  mounted.push(r.unmount);
  const frame = (): string => strip(r.lastFrame() ?? '');
  return {
    ...r,
    ...calls,
    task,
    frame,
    async press(...keys: string[]): Promise<void> {
      for (const k of keys) {
        r.stdin.write(k);
        await settle();
      }
    },
    /** One key per character, like a person typing. */
    async type(text: string): Promise<void> {
      for (const ch of text) {
        r.stdin.write(ch);
        await settle();
      }
    },
    async waitFor(text: string): Promise<string> {
      await vi.waitFor(
        () => {
          if (!frame().includes(text)) throw new Error(`no ${JSON.stringify(text)} in:\n${frame()}`);
        },
        { timeout: 2000, interval: 5 },
      );
      return frame();
    },
  };
}

/** Fill every blank, Tab between them: typed key by key, or pasted (one write per blank). */
async function fill(m: ReturnType<typeof mount>, answers: readonly string[], how: 'type' | 'paste' = 'paste'): Promise<void> {
  // The screen opens on the prompt: the first Tab goes into the first blank.
  for (let i = 0; i < answers.length; i++) {
    await m.press(KEY.tab);
    if (how === 'type') await m.type(answers[i] as string);
    else await m.press(answers[i] as string);
  }
}

describe('task 3: typing the four CRON answers', () => {
  it('passes with the notebook\'s own message and the lab\'s takeaway, in the success colour', async () => {
    const m = mount(3);
    await settle();
    await fill(m, ['0 6 * * *', '0 * * * *', '0 8 * * 1-5', '*/15 * * * *'], 'type');
    await m.press(KEY.ctrl('r'));
    const frame = await m.waitFor('Task 3 PASSED: CRON expressions correct');
    expect(flat(frame)).toContain('✓ Key takeaway — CRON Expressions: 5-field format: minute hour day month weekday');
    expect(styled(m.lastFrame() ?? '', 32, 'Task 3 PASSED')).toBe(true);
    expect(m.onCheck).toHaveBeenCalledTimes(1);
    const [verdict, answers] = m.onCheck.mock.calls[0] as [Verdict, string[]];
    expect(verdict.outcome).toBe('passed');
    expect(answers).toEqual(['0 6 * * *', '0 * * * *', '0 8 * * 1-5', '*/15 * * * *']);
    // Every character typed was reported for saving.
    expect(m.onChange).toHaveBeenCalledTimes(9 + 9 + 11 + 12);
    expect(m.onChange.mock.lastCall?.[0]).toEqual(answers);
    expect(frame).toContain('✓ passed');
  });

  it('Enter on the last blank runs the check too', async () => {
    const m = mount(3);
    await fill(m, ['0 6 * * *', '0 * * * *', '0 8 * * 1-5', '*/15 * * * *']);
    await m.press(KEY.enter);
    await m.waitFor('Task 3 PASSED');
  });

  it('a wrong answer shows the exact assertion message in the failure colour', async () => {
    const m = mount(3);
    await fill(m, ['0 6 * *', '0 * * * *', '0 8 * * 1-5', '*/15 * * * *']);
    await m.press(KEY.ctrl('r'));
    const frame = await m.waitFor("AssertionError: Expected '0 6 * * *', got '0 6 * *'");
    expect(frame).not.toContain('PASSED');
    expect(styled(m.lastFrame() ?? '', 31, 'AssertionError: Expected')).toBe(true);
    expect(frame).toContain('● 1 check');
  });

  it('opens with every schedule empty without waiting for the CRON libraries', async () => {
    const m = mount(3);
    const frame = await m.waitFor('Live: what your schedules mean');
    expect(frame).not.toContain('Loading the CRON helper');
    expect(frame).toMatch(/cron_daily_6am +\(empty\)/);
  });

  it('explains each schedule live: words, Quartz form, next runs, or what is wrong', async () => {
    const m = mount(3);
    await m.press(KEY.enter);
    await m.type('0 8 * * 1-5');
    let frame = await m.waitFor('At 08:00 AM, Monday through Friday');
    expect(frame).toContain('Databricks (Quartz): 0 0 8 ? * 2-6');
    expect(frame).toContain('Next: Tue 24 Nov 08:00 · Wed 25 Nov 08:00 · Thu 26 Nov 08:00 (UTC)');
    await m.press(KEY.tab);
    await m.type('0 25 * * *');
    frame = await m.waitFor('hour field');
    expect(frame).toContain('✗ Not valid: the hour field 25 is not valid');
    // The first schedule is still summed up on one line.
    expect(frame).toMatch(/cron_daily_6am +0 8 \* \* 1-5 +At 08:00 AM, Monday through Friday/);
  });
});

describe('errors are explained', () => {
  it('a failed check shows what the assert compared under the notebook\'s message', async () => {
    const m = mount(1);
    await fill(m, ['"3"', 'refresh_pipeline', '30', '2', 'False']);
    await m.press(KEY.ctrl('r'));
    const frame = await m.waitFor('AssertionError: Expected 3 tasks, got 3');
    expect(flat(frame)).toContain("num_tasks is '3' (str); the check compares it with 3 (int)");
    expect(flat(frame)).not.toContain('its message says what');
  });

  it('a pass the notebook gives but Databricks would not gets a caution under PASSED', async () => {
    const m = mount(7);
    await fill(m, ['failed', '7']);
    await m.press(KEY.ctrl('r'));
    const frame = await m.waitFor('Task 7 PASSED');
    expect(flat(frame)).toContain("! On Databricks result_state = 'failed' finds no runs: result_state values are upper case (FAILED)");
  });

  it('a word in task 1\'s number blank shows NameError and says the blank takes a number', async () => {
    const m = mount(1);
    await fill(m, ['three', 'refresh_pipeline', '30', '2', 'False']);
    await m.press(KEY.ctrl('r'));
    const frame = await m.waitFor("NameError: name 'three' is not defined");
    expect(flat(frame)).toContain('→ This blank takes a number (blank 1: num_tasks): type it in digits, without quotes');
    expect(frame).toContain('(in your TODO cell, line 4)');
    const verdict = m.onCheck.mock.calls[0]?.[0];
    expect(verdict?.outcome).toBe('error');
  });
});

describe('editing in place', () => {
  it('shows the typed text inside the cell and the blanks not yet filled', async () => {
    const m = mount(1);
    await m.press(KEY.enter);
    await m.type('3');
    await m.press(KEY.tab);
    await m.type('refresh_pipelin');
    const frame = m.frame();
    expect(frame).toContain('│ num_tasks = 3  # int');
    expect(frame).toContain('│ first_task = "refresh_pipelin "  # str');
    // Page down: blanks not filled yet still read ______.
    await m.press(KEY.pageDown);
    expect(m.frame()).toContain('│ timeout_minutes = ______  # int');
    // The cursor cell is drawn inverse.
    expect(m.lastFrame()).toContain(`${ESC}[7m`);
  });

  it('backspace, arrows and Shift+Tab edit the right blank', async () => {
    const m = mount(3);
    await m.press(KEY.tab);
    await m.type('0 6 * * x');
    await m.press(KEY.backspace);
    await m.type('*');
    await m.press(KEY.tab);
    await m.type('0 * * * *');
    await m.press(KEY.shiftTab, KEY.left, KEY.left, KEY.left, KEY.left);
    await m.type('1');
    expect(m.onChange.mock.lastCall?.[0]).toEqual(['0 6 *1 * *', '0 * * * *', '', '']);
  });

  it('options: ↓ cycles, Space on an empty blank opens the list, Enter picks', async () => {
    const m = mount(2);
    await m.press(KEY.enter, KEY.down);
    expect(m.frame()).toContain('trigger_daily_6am = "scheduled');
    await m.press(KEY.tab, ' ');
    expect(m.frame()).toContain('Options for trigger_new_files:');
    await m.press(KEY.down, KEY.enter);
    expect(m.frame()).not.toContain('Options for');
    expect(m.frame()).toContain('trigger_new_files = "file_arrival');
    // Typing still works in an options blank.
    await m.press(KEY.tab);
    await m.type('continuous');
    expect(m.onChange.mock.lastCall?.[0]).toEqual(['scheduled', 'file_arrival', 'continuous', '']);
  });
});

describe('hints and the solution', () => {
  it('Ctrl+G in a blank and h in command mode show the next hint, reported per blank', async () => {
    const m = mount(3);
    await m.press(KEY.enter, KEY.ctrl('g'));
    let frame = await m.waitFor('Hints for cron_daily_6am (1/3)');
    expect(frame).toContain('1. Standard 5-field format');
    expect(frame).toContain('Hint 1/3 for cron_daily_6am');
    await m.press(KEY.esc, 'h');
    frame = await m.waitFor('Hints for cron_daily_6am (2/3)');
    expect(frame).toContain('2. Use * for "every"');
    expect(m.onHint.mock.calls).toEqual([
      ['t3.cron_daily_6am', 1],
      ['t3.cron_daily_6am', 2],
    ]);
    // In command mode letters are commands, not text.
    expect(m.onChange).not.toHaveBeenCalled();
  });

  it('the solution is refused before a failed check, then needs confirming, and is reported once', async () => {
    const m = mount(1);
    await m.press(KEY.ctrl('t'));
    expect(m.frame()).toContain('The solution opens after a check that did not pass: run one first (Ctrl+R).');
    await fill(m, ['4', 'x', '1', '1', 'True']);
    await m.press(KEY.ctrl('r'));
    await m.waitFor('AssertionError: Expected 3 tasks, got 4');
    await m.press(KEY.ctrl('t'));
    expect(m.frame()).toContain('Press Ctrl+T (or s) again to confirm');
    expect(m.onReveal).not.toHaveBeenCalled();
    await m.press(KEY.ctrl('t'));
    const frame = await m.waitFor('Solution (revealed)');
    expect(frame).toContain('│ validate_runs_on_failure = False  # bool (True/False)');
    expect(m.onReveal).toHaveBeenCalledTimes(1);
    // s hides and shows it again without another report.
    await m.press(KEY.esc, 's');
    expect(m.frame()).not.toContain('Solution (revealed)');
    await m.press('s');
    await m.waitFor('Solution (revealed)');
    expect(m.onReveal).toHaveBeenCalledTimes(1);
  });
});

describe('live helpers of tasks 4 and 7', () => {
  it('task 4 draws the DAG from the lists typed so far and flags an unknown task', async () => {
    const m = mount(4);
    await fill(m, ['[]', '["ingest"]', '["ingst"]']);
    const frame = m.frame();
    expect(frame).toContain('    └── build_dim_tables');
    expect(frame).toContain('  build_fact_tables ✗');
    expect(frame).toContain('✗ Task "build_fact_tables" depends on "ingst", but the job has no task with');
  });

  it('task 7 shows the query as it will run', async () => {
    const m = mount(7);
    await m.press(KEY.enter);
    await m.type('FAILED');
    await m.press(KEY.tab);
    await m.type('7');
    const frame = m.frame();
    expect(frame).toContain('Live: the query as it will run');
    expect(frame).toContain("│ WHERE result_state = 'FAILED'");
    expect(frame).toContain('│   AND start_time >= current_date() - INTERVAL 7 DAYS');
    await m.press(KEY.ctrl('r'));
    await m.waitFor('Task 7 PASSED: System table query is correct');
  });
});

describe('command mode', () => {
  it('the screen opens on the prompt: arrows scroll, n / p ask for another task, Esc asks to go back', async () => {
    const m = mount(1, { height: 20 });
    await settle();
    expect(m.frame()).toContain('Enter fill in');
    expect(m.frame()).toContain('Databricks Jobs can be configured via UI');
    await m.press(KEY.down, KEY.down, KEY.down);
    expect(m.frame()).not.toContain('Databricks Jobs can be configured via UI');
    await m.press('n', 'p', KEY.esc);
    expect(m.onNavigate.mock.calls).toEqual([[1], [-1]]);
    expect(m.onBack).toHaveBeenCalledTimes(1);
    // Enter goes into the first blank (scrolled into view); Esc comes out, letters are commands again.
    await m.press(KEY.enter);
    await m.type('x');
    expect(m.onChange.mock.lastCall?.[0][0]).toBe('x');
    // The cursor cell follows the x.
    expect(m.frame()).toContain('│ num_tasks = x   # int');
    await m.press(KEY.esc, 'h');
    expect(m.onChange).toHaveBeenCalledTimes(1);
    expect(m.onHint).toHaveBeenCalledWith('t1.num_tasks', 1);
    expect(m.onBack).toHaveBeenCalledTimes(1);
  });
});

describe('without colour (NO_COLOR)', () => {
  it('keeps the cursor, the blanks and the verdict readable with attributes only', async () => {
    const m = mount(3, {}, { noColor: true });
    await fill(m, ['0 6 * *']);
    await m.press(KEY.ctrl('r'));
    await m.waitFor("AssertionError: Expected '0 6 * * *', got '0 6 * *'");
    const raw = m.lastFrame() ?? '';
    // No colour codes at all (30-49, 90-107), but inverse (cursor, blanks) and bold are there.
    const codes = [...raw.matchAll(new RegExp(`${ESC}\\[([0-9;]*)m`, 'g'))].flatMap((x) => (x[1] ?? '').split(';').map(Number));
    expect(codes.filter((c) => (c >= 30 && c <= 49) || (c >= 90 && c <= 107))).toEqual([]);
    expect(codes).toContain(7);
    expect(m.frame()).toContain('cron_hourly = "______"');
  });
});

describe('time spent', () => {
  it('reports the active seconds between key presses when a check runs', async () => {
    let clock = 1_000_000;
    const now = vi.spyOn(Date, 'now').mockImplementation(() => clock);
    try {
      const m = mount(1);
      await m.press(KEY.enter);
      clock += 4_000;
      await m.press('3');
      clock += 10 * 60_000; // a long pause counts one idle minute at most
      await m.press(KEY.ctrl('r'));
      await m.waitFor('Result of check 1');
      expect(m.onTime).toHaveBeenCalledWith(64);
    } finally {
      now.mockRestore();
    }
  });
});

describe('layout', () => {
  it('nothing is wider than 80 columns, on any task, whatever happens', async () => {
    const tooWide: string[] = [];
    for (const task of LAB08.practice.tasks) {
      // Long saved answers wrap in place; tall enough that every row is drawn in some frame.
      const answers = task.blanks.map((b, i) => (i === 0 ? `${b.answer} ${'x'.repeat(90)}` : b.answer));
      const m = mount(task.number, { height: 50, initial: { answers } });
      await settle();
      await m.press(KEY.ctrl('g'), KEY.ctrl('r'));
      await m.waitFor('Result of check 1');
      await m.press(KEY.ctrl('e'), KEY.ctrl('e'), KEY.pageDown);
      for (const raw of m.frames) {
        for (const line of strip(raw).split('\n')) if (stringWidth(line) > 80) tooWide.push(`${task.id}: ${line}`);
      }
      m.unmount();
    }
    expect(tooWide).toEqual([]);
  });
});
