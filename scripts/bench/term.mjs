// A terminal session for the bench: the app in a real pseudo-terminal (node-pty), its output kept
// and replayed on a virtual screen, and helpers to wait for a drawn frame. Ink wraps every frame it
// writes to a TTY in synchronized-update markers (ESC[?2026h … ESC[?2026l), so "a frame is
// complete" is "the end marker arrived"; what the frame shows is read from the virtual screen
// (Ink may redraw only the lines that changed). Ink writes nothing until exit when it thinks it
// runs in CI, hence cleanEnv().
import { createRequire } from 'node:module';
import { performance } from 'node:perf_hooks';
import { VirtualScreen } from './screen.mjs';

const require = createRequire(import.meta.url);

export const FRAME_END = '\u001B[?2026l';
// CSI / OSC sequences and lone ESC+char: enough to read the text of an Ink frame.
// eslint-disable-next-line no-control-regex
const ANSI = /\u001B\[[0-9;?<=>]*[ -/]*[@-~]|\u001B\][^\u0007\u001B]*(?:\u0007|\u001B\\)|\u001B[@-Z\\-_]/g;

export function stripAnsi(text) {
  return text.replace(ANSI, '');
}

let ptyModule;
/** node-pty, or null (with the reason) when its native part cannot load on this machine. */
export function loadPty() {
  if (ptyModule !== undefined) return ptyModule;
  try {
    ptyModule = { pty: require('node-pty'), error: null };
  } catch (error) {
    ptyModule = { pty: null, error: error instanceof Error ? error.message : String(error) };
  }
  return ptyModule;
}

/** The user's environment minus what would change how the app draws (CI makes Ink silent). */
export function cleanEnv(extra = {}) {
  const env = { ...process.env, TERM: 'xterm-256color', COLORTERM: 'truecolor', ...extra };
  for (const key of ['CI', 'CONTINUOUS_INTEGRATION', 'NO_COLOR', 'FORCE_COLOR', 'COLUMNS', 'LINES']) delete env[key];
  return env;
}

export class Session {
  /**
   * @param {string} file executable
   * @param {string[]} args
   * @param {{cols?: number, rows?: number, env?: Record<string,string>, cwd?: string}} options
   */
  constructor(file, args, options = {}) {
    const { pty, error } = loadPty();
    if (!pty) throw new Error(`node-pty is not available: ${error}`);
    this.output = '';
    this.waiters = new Set();
    this.exited = null;
    this.startedAt = performance.now();
    this.screen = new VirtualScreen(options.cols ?? 80, options.rows ?? 24);
    this.term = pty.spawn(file, args, {
      name: 'xterm-256color',
      cols: options.cols ?? 80,
      rows: options.rows ?? 24,
      cwd: options.cwd ?? process.cwd(),
      env: options.env ?? cleanEnv(),
    });
    this.pid = this.term.pid;
    this.exitPromise = new Promise((resolve) => {
      this.term.onExit((e) => {
        this.exited = { ...e, at: performance.now() };
        resolve(this.exited);
        for (const w of this.waiters) w.check(true);
      });
    });
    this.term.onData((data) => {
      const at = performance.now();
      this.output += data;
      this.screen.write(data);
      for (const w of this.waiters) w.check(false, at);
    });
  }

  write(data) {
    const at = performance.now();
    this.term.write(data);
    return at;
  }

  /**
   * Resolves with the arrival time of the output that makes `test(output, fromIndex)` true, checking
   * only output from `fromIndex` on. Rejects after `timeoutMs` or when the process exits first.
   */
  waitFor(test, { from = 0, timeoutMs = 10_000, what = 'output' } = {}) {
    return new Promise((resolve, reject) => {
      const waiter = {
        check: (exited, at) => {
          if (test(this.output, from)) {
            done();
            resolve(at ?? performance.now());
          } else if (exited) {
            done();
            reject(new Error(`the app exited (${JSON.stringify(this.exited)}) before ${what}; screen: ${tail(this.screen.text())}`));
          }
        },
      };
      const timer = setTimeout(() => {
        done();
        reject(new Error(`timed out after ${timeoutMs} ms waiting for ${what}; screen: ${tail(this.screen.text())}`));
      }, timeoutMs);
      const done = () => {
        clearTimeout(timer);
        this.waiters.delete(waiter);
      };
      this.waiters.add(waiter);
      waiter.check(this.exited !== null, performance.now());
    });
  }

  /** Resolves when a frame has completed after output index `from` and the screen matches `marker`. */
  waitForFrame(marker, options = {}) {
    const from = options.from ?? 0;
    return this.waitFor(
      () => {
        const frame = this.lastFrame(from);
        return frame !== null && (marker === undefined || (typeof marker === 'string' ? frame.includes(marker) : marker.test(frame)));
      },
      { ...options, what: options.what ?? `a frame showing ${String(marker)}` },
    );
  }

  /** The screen's text once a frame has completed after output index `from`, else null. */
  lastFrame(from = 0) {
    return this.output.indexOf(FRAME_END, from) === -1 ? null : this.screen.text();
  }

  /** Quits with `keys` (default q), then kills if the app has not exited after `graceMs`. */
  async close(keys = 'q', graceMs = 2000) {
    if (this.exited) return this.exited;
    try {
      if (keys) this.term.write(keys);
    } catch {
      // Already gone.
    }
    const timer = setTimeout(() => {
      try {
        this.term.kill();
      } catch {
        // Already gone.
      }
    }, graceMs);
    const result = await this.exitPromise;
    clearTimeout(timer);
    return result;
  }
}

function tail(text) {
  return JSON.stringify(text.trimEnd().slice(-400));
}
