// Drives the built app in a real pseudo-terminal through tmux, the way a person would use it.
import { execFileSync, spawnSync } from 'node:child_process';
import { rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { removeTempDir, tempDir } from './temp';

export const ROOT = resolve(__dirname, '../..');
export const BIN = join(ROOT, 'bin', 'lakeflow-lab.js');

export function haveTmux(): boolean {
  return spawnSync('tmux', ['-V']).status === 0;
}

let counter = 0;

export class Term {
  readonly name: string;
  readonly socket: string;

  constructor(readonly home: string, readonly width = 80, readonly height = 24) {
    this.name = `llt${process.pid}x${counter++}`;
    this.socket = join(tempDir('llt-sock-'), 's');
  }

  private tmux(...args: string[]): string {
    return execFileSync('tmux', ['-S', this.socket, ...args], { encoding: 'utf8' });
  }

  /** Starts `node bin/lakeflow-lab.js <args>` in a fresh tmux session. */
  start(args: string[] = [], env: Record<string, string> = {}): this {
    // CI=true as on a CI machine or in a dev container: the app must still draw every frame.
    const envs = { LAKEFLOW_LAB_HOME: this.home, TERM: 'xterm-256color', CI: 'true', ...env };
    const assigns = Object.entries(envs).map(([k, v]) => `${k}=${shellQuote(v)}`).join(' ');
    // The Node running the tests runs the app too (.ci/run runs these tests on several versions).
    const command = `env ${assigns} ${shellQuote(process.execPath)} ${shellQuote(BIN)} ${args.map(shellQuote).join(' ')}; echo "[exit $?]"; sleep 30`;
    this.tmux('-f', '/dev/null', 'new-session', '-d', '-s', this.name, '-x', String(this.width), '-y', String(this.height), command);
    return this;
  }

  /** Keys in tmux's send-keys names (`Enter`, `Tab`, `C-c`, `Escape`) or literal text with `literal`. */
  keys(...keys: string[]): this {
    this.tmux('send-keys', '-t', this.name, ...keys);
    return this;
  }

  type(text: string): this {
    this.tmux('send-keys', '-t', this.name, '-l', text);
    return this;
  }

  /**
   * Writes `bytes` to the app in one write, as a burst (a script, key repeat over ssh) or, with
   * `bracketed`, as a terminal paste (tmux adds the bracketed-paste markers the app asked for).
   */
  paste(bytes: string, bracketed = false): this {
    const file = join(dirname(this.socket), 'paste');
    writeFileSync(file, bytes);
    this.tmux('load-buffer', '-b', 'llt', file);
    this.tmux('paste-buffer', '-d', '-r', ...(bracketed ? ['-p'] : []), '-b', 'llt', '-t', this.name);
    rmSync(file, { force: true });
    return this;
  }

  screen(): string {
    return this.tmux('capture-pane', '-p', '-t', this.name);
  }

  /** Polls the screen until `pattern` shows, or throws with the last screen for the log. */
  async waitFor(pattern: string | RegExp, timeoutMs = 10_000): Promise<string> {
    const deadline = Date.now() + timeoutMs;
    let last = '';
    while (Date.now() < deadline) {
      last = this.screen();
      if (typeof pattern === 'string' ? last.includes(pattern) : pattern.test(last)) return last;
      await new Promise((r) => setTimeout(r, 50));
    }
    throw new Error(`timed out waiting for ${String(pattern)}; screen was:\n${last}`);
  }

  /**
   * Presses `key` until `pattern` shows. The first frame can be drawn a moment before the app's
   * input handlers are attached, so a key sent right after it may be dropped, as a person's would.
   */
  async pressUntil(key: string, pattern: string | RegExp, timeoutMs = 10_000): Promise<string> {
    const deadline = Date.now() + timeoutMs;
    while (Date.now() < deadline) {
      this.keys(key);
      try {
        return await this.waitFor(pattern, 700);
      } catch {
        // not yet: press again
      }
    }
    throw new Error(`pressing ${key} never showed ${String(pattern)}; screen was:\n${this.screen()}`);
  }

  /** The pid of the app's node process (the pane's shell runs it as a child). */
  appPid(): number | null {
    const panePid = this.tmux('display-message', '-p', '-t', this.name, '#{pane_pid}').trim();
    const out = spawnSync('pgrep', ['-P', panePid, '-f', 'lakeflow-lab.js'], { encoding: 'utf8' }).stdout.trim();
    const pid = Number(out.split('\n')[0]);
    return Number.isFinite(pid) && pid > 0 ? pid : null;
  }

  /** Ends the session and its server, and removes the socket's folder. */
  stop(): void {
    spawnSync('tmux', ['-S', this.socket, 'kill-server']);
    removeTempDir(dirname(this.socket));
  }
}

/** A private LAKEFLOW_LAB_HOME, removed after the test file (test/support/temp.ts). */
export function tempHome(): string {
  return tempDir('llt-home-');
}

function shellQuote(s: string): string {
  return `'${s.replace(/'/g, `'\\''`)}'`;
}
