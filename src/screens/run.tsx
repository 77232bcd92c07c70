// Entry point of the TUI: render the App, wait for it to exit, return an exit code.
// The caller (src/cli) makes the progress session and prints nothing while this runs: the
// terminal belongs to Ink until the promise resolves.

import { Box, render } from 'ink';
import { BRACKETED_PASTE_OFF, BRACKETED_PASTE_ON } from './input/parse-keys';
import { App, EXIT } from './App';
import type { Screen } from './nav';
import { DrillEnvContext, type DrillEnv } from './drill/env';
import { preloadable } from './lazy';
import { initNav } from './nav';
import { fullCollection } from './full-gc';
import { startUpkeep } from './upkeep';
import { entryFor, registry as defaultRegistry, type Registry } from './registry';
import { SessionContext, type ProgressSession } from './session';
import { asciiOutput, createTheme, resolveNoColor, ThemeContext } from './theme';
import { SettingsContext, useSettings } from './settings/context';
import type { SettingsStore } from '../settings/store';
import { usesColor } from '../settings/effective';
import { useEffect, useMemo, useRef, useState, type ReactNode } from 'react';

export interface RunTuiOptions {
  /** Screen to open (Home below it, so Esc leads back). Default: Home. */
  initial?: Screen;
  /** Force colour off (on top of NO_COLOR in the environment); no setting overrides it. */
  noColor?: boolean;
  /** The learner's settings (colour, ASCII drawing, and what screens read); default: defaults. */
  settings?: SettingsStore;
  /** The learner's progress: every screen reads and saves through it. */
  session: ProgressSession;
  /** The drill's settings and services (`lakeflow-lab drill …`); default: new settings per drill. */
  drill?: DrillEnv;
  screens?: Partial<Registry>;
  /** Use the terminal's alternate screen (restored on exit). Default: when stdout is a TTY. */
  altScreen?: boolean;
  stdout?: NodeJS.WriteStream;
  stdin?: NodeJS.ReadStream;
  stderr?: NodeJS.WriteStream;
  /** Problems to report once the UI is gone (default: one line each on stderr). */
  onWarning?: (message: string) => void;
  /**
   * A full garbage collection, run shortly after a screen closes (upkeep.ts). Default: V8's
   * (full-gc.ts) when stdout is a terminal, none otherwise.
   */
  collectGarbage?: (() => void) | null;
}

/** After the first frame, long enough that a key pressed at once is not kept waiting. */
const PREFETCH_DELAY_MS = 250;

/**
 * After a screen closed: longer than Ink's frame interval (1/60 s), so the frame of the key that
 * closed it (and any its effects cause) is out first; shorter than a person's pause between keys.
 */
const COLLECT_DELAY_MS = 30;

/** V8's full collection, made the first time it is needed (not at start-up). */
function defaultCollect(): () => void {
  let collect: (() => void) | undefined;
  return () => {
    collect ??= fullCollection() ?? (() => undefined);
    collect();
  };
}

const ENTER_ALT = '\u001B[?1049h\u001B[H';
const LEAVE_ALT = '\u001B[?1049l';

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** The store's own account of a failed save: a whole sentence already, shown as it is. */
class SaveFailed extends Error {}

/** Long enough for Ink (60 frames a second at most) to draw the empty frame on its own. */
const BLANK_FRAME_MS = 40;

/**
 * The theme follows the `color` and `ascii` settings as they change. Switching `ascii` draws one
 * empty frame first: Ink rewrites only the lines that changed, and a line the new theme draws
 * the same (a table border, mapped as it is written) would otherwise stay as it was.
 */
function SettingsTheme({ colorAllowed, children }: { colorAllowed: boolean; children: ReactNode }) {
  const settings = useSettings();
  const noColor = !usesColor(colorAllowed, settings);
  const theme = useMemo(() => createTheme({ noColor, ascii: settings.ascii }), [noColor, settings.ascii]);
  const [blank, setBlank] = useState(false);
  const drawn = useRef(settings.ascii);
  useEffect(() => {
    if (drawn.current === settings.ascii) return undefined;
    drawn.current = settings.ascii;
    setBlank(true);
    const timer = setTimeout(() => setBlank(false), BLANK_FRAME_MS);
    return () => clearTimeout(timer);
  }, [settings.ascii]);
  return (
    <ThemeContext.Provider value={theme}>
      <Box display={blank ? 'none' : 'flex'} flexDirection="column">
        {children}
      </Box>
    </ThemeContext.Provider>
  );
}

/** Resolves with 0 after q, 130 after Ctrl+C, 1 when the UI crashed or progress could not be saved. */
export async function runTui(opts: RunTuiOptions): Promise<number> {
  const stdout = opts.stdout ?? process.stdout;
  const stderr = opts.stderr ?? process.stderr;
  const { session } = opts;
  const colorAllowed = !resolveNoColor(opts.noColor);
  const settingsStore = opts.settings;
  const warn = opts.onWarning ?? ((message: string) => void stderr.write(`lakeflow-lab: ${message}\n`));

  let flushError: unknown;
  let flushed: Promise<void> | undefined;
  // Flush once, whoever asks first (the q key, Ctrl+C, or a signal).
  const flush = (): Promise<void> => {
    flushed ??= Promise.resolve()
      .then(() => {
        if (!session.flush()) throw new SaveFailed(session.saveProblem());
      })
      .catch((error: unknown) => {
        flushError = error;
      });
    return flushed;
  };

  // Screens loaded on first use (lazy.tsx): the one opening now is fetched before the first frame,
  // those it leads to once the UI is up (upkeep.ts), so that opening them later does not wait.
  const screens: Registry = { ...defaultRegistry, ...opts.screens } as Registry;
  const first = entryFor(screens, opts.initial ?? { name: 'home' }).component;
  if (preloadable(first)) await first.preload();
  const upkeep = startUpkeep(initNav(opts.initial), {
    registry: screens,
    prefetchDelayMs: PREFETCH_DELAY_MS,
    collect: opts.collectGarbage !== undefined ? opts.collectGarbage : stdout.isTTY === true ? defaultCollect() : null,
    collectDelayMs: COLLECT_DELAY_MS,
  });

  const restoreWrite = settingsStore ? asciiOutput(stdout, () => settingsStore.get().ascii) : () => undefined;
  const alt = opts.altScreen ?? stdout.isTTY === true;
  let inAlt = false;
  const leaveAlt = (): void => {
    if (!inAlt) return;
    inAlt = false;
    stdout.write(BRACKETED_PASTE_OFF + LEAVE_ALT);
  };
  if (alt) {
    // Bracketed paste: a paste reaches the keypress layer as one event of text (input/parse-keys.ts).
    stdout.write(ENTER_ALT + BRACKETED_PASTE_ON);
    inAlt = true;
    // A crash must not leave the terminal on the alternate screen.
    process.once('exit', leaveAlt);
  }

  const instance = render(
    <SettingsContext.Provider value={settingsStore}>
      <SettingsTheme colorAllowed={colorAllowed}>
        <SessionContext.Provider value={session}>
          <DrillEnvContext.Provider value={opts.drill ?? {}}>
            <App lab={session.lab} initial={opts.initial} screens={opts.screens} onExit={flush} onNavigate={upkeep.navigated} />
          </DrillEnvContext.Provider>
        </SessionContext.Provider>
      </SettingsTheme>
    </SettingsContext.Provider>,
    {
      stdout,
      stdin: opts.stdin ?? process.stdin,
      stderr,
      exitOnCtrlC: false,
      maxFps: 60,
      // Rewrite only the lines that changed: a key press sends ~0.4 KB instead of the whole screen
      // (~2.7 KB) for the terminal (and the kernel's tty layer) to process. A patch fixes Ink
      // 6.8's incremental renderer (patches/ink+6.8.0.patch), which loses a line otherwise.
      incrementalRendering: true,
      patchConsole: false,
    },
  );

  // Outside the raw-mode keyboard (kill, closed terminal): save, then leave cleanly.
  let signalCode: number | undefined;
  const onSignal = (code: number) => () => {
    signalCode = code;
    void flush().finally(() => instance.unmount());
  };
  const onTerm = onSignal(143);
  const onHup = onSignal(129);
  process.on('SIGTERM', onTerm);
  process.on('SIGHUP', onHup);

  let code: number;
  let crash: unknown;
  try {
    const result = await instance.waitUntilExit();
    code = typeof result === 'number' ? result : (signalCode ?? EXIT.ok);
  } catch (error) {
    crash = error;
    code = 1;
  } finally {
    upkeep.stop();
    process.off('SIGTERM', onTerm);
    process.off('SIGHUP', onHup);
    leaveAlt();
    process.off('exit', leaveAlt);
    restoreWrite();
  }
  if (crash !== undefined) {
    // Progress made before the crash is still worth keeping.
    await flush();
    warn(`the interface stopped on an error: ${describe(crash)}`);
  }
  if (flushError !== undefined) {
    warn(flushError instanceof SaveFailed ? flushError.message : `progress could not be saved: ${describe(flushError)}`);
    if (code === EXIT.ok) code = 1;
  }
  return code;
}
