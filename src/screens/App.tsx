// The app shell: a thin switch over the navigation stack. It owns the frame (header, status,
// footer), the keys of the 'always' and 'global' scopes, and quitting (flush first, then exit).
// Each screen owns its own keys and state.

import { Box, useApp } from 'ink';
import { FocusScope, ROOT_OWNER, useFocusOwner, useFocusSnapshot, useFocusTree, useKeypress } from './input/keypress';
import { ownerId } from './input/focus';
import {
  memo,
  useCallback,
  useEffect,
  useLayoutEffect,
  useMemo,
  useReducer,
  useRef,
  useState,
  type ComponentType,
} from 'react';
import type { Lab } from '../lessons/types';
import { Footer } from './components/Footer';
import { Header } from './components/Header';
import { StatusLine, statusRows } from './components/StatusLine';
import { MessageLogContext, type LogEntry } from './MessagesScreen';
import { useTheme } from './theme';
import { BodySizeContext, TuiContext, type StatusTone, type TuiContextValue } from './context';
import { FooterContext, type FooterSpec } from './footer-context';
import { HelpScopesContext } from './HelpOverlay';
import { matchKey, type Scope } from './keys';
import { currentScreen, initNav, navReducer, type NavAction, type NavState, type Screen } from './nav';
import { entryFor, registry as defaultRegistry, type Registry } from './registry';
import { useProgressSummary, useSession } from './session';
import { useTerminalSize } from './terminal';
import { useSettingsStore } from './settings/context';

/** Exit codes runTui resolves with. */
export const EXIT = { ok: 0, interrupted: 130 } as const;

/** Rows the frame takes around the screen: header, status line (one row unless it wraps), footer. */
export const CHROME_ROWS = 3;

/** Status messages kept for `!`. */
const LOG_KEEP = 50;

export interface AppProps {
  lab: Lab;
  initial?: Screen;
  /** Replace or add screens without touching this file (e.g. the real practice screen). */
  screens?: Partial<Registry>;
  /** Awaited before the app exits (the progress flush). Should not throw. */
  onExit?: () => Promise<void> | void;
  /** Told of every navigation, as it happens (runTui's background upkeep: upkeep.ts). */
  onNavigate?: (from: NavState, to: NavState) => void;
}

interface Status {
  message: string;
  tone: StatusTone;
  id: number;
}

const ScreenHost = memo(function ScreenHost({
  screen,
  name,
  active,
  visible,
  reg,
}: {
  screen: Screen;
  /** The screen's focus owner under the App (screenKey): its keys go to this screen only. */
  name: string;
  active: boolean;
  visible: boolean;
  reg: Registry;
}) {
  const Component = entryFor(reg, screen).component as ComponentType<{ screen: Screen; active: boolean }>;
  const owner = useFocusOwner(name);
  // Screens below the top stay mounted (hidden) so Esc returns to them as they were left:
  // same scroll position, same cursor, same focused field.
  return (
    <Box display={visible ? 'flex' : 'none'} flexDirection="column" flexGrow={1}>
      <FocusScope owner={owner.id}>
        <Component screen={screen} active={active} />
      </FocusScope>
    </Box>
  );
});

const screenKey = (screen: Screen, depth: number): string => `${depth}:${JSON.stringify(screen)}`;
const topKey = (nav: NavState): string => screenKey(currentScreen(nav), nav.stack.length - 1);

export function App({ lab, initial, screens, onExit, onNavigate }: AppProps) {
  const session = useSession();
  const { exit } = useApp();
  const { columns, rows } = useTerminalSize();
  const reg = useMemo<Registry>(() => ({ ...defaultRegistry, ...screens }) as Registry, [screens]);
  const [nav, dispatchNav] = useReducer(navReducer, initial, initNav);
  const top = currentScreen(nav);
  const entry = entryFor(reg, top);

  // --- focus: the screen on top owns the keyboard. Moved in the same call as the navigation,
  // so the next key of a burst already goes to the new screen (input/focus.ts).
  const focus = useFocusTree();
  const navRef = useRef(nav);
  const onNavigateRef = useRef(onNavigate);
  onNavigateRef.current = onNavigate;
  const dispatch = useCallback(
    (action: NavAction) => {
      const from = navRef.current;
      navRef.current = navReducer(from, action);
      focus.focus(ownerId(ROOT_OWNER, topKey(navRef.current)), ROOT_OWNER);
      dispatchNav(action);
      if (navRef.current !== from) onNavigateRef.current?.(from, navRef.current);
    },
    [focus],
  );

  // --- status line: a message lives until the key after the one that caused it.
  const [status, setStatusState] = useState<Status | undefined>(undefined);
  const statusRef = useRef<Status | undefined>(undefined);
  const seenRef = useRef<number | undefined>(undefined);
  const nextId = useRef(0);
  // Every message shown, for `!` (MessagesScreen): the status line may shorten a long one.
  const [log, setLog] = useState<readonly LogEntry[]>([]);
  const setStatus = useCallback((message: string | undefined, tone: StatusTone = 'info') => {
    const next = message === undefined ? undefined : { message, tone, id: ++nextId.current };
    statusRef.current = next;
    setStatusState(next);
    if (message !== undefined) setLog((l) => (l[l.length - 1]?.message === message ? l : [...l.slice(-(LOG_KEEP - 1)), { message, tone }]));
  }, []);

  // --- a text field has the keyboard: the global letter keys are off, the footer shows the field's.
  const fieldFocused = useFocusSnapshot().captures;

  // --- quitting: flush progress, then unmount. A second Ctrl+C does not wait.
  const exiting = useRef(false);
  const [closing, setClosing] = useState(false);
  const quit = useCallback(
    (code: number, force = false) => {
      if (exiting.current) {
        if (force) exit(code);
        return;
      }
      exiting.current = true;
      focus.clear(ROOT_OWNER);
      setClosing(true);
      setStatus('Saving progress…');
      void Promise.resolve()
        .then(() => onExit?.())
        .catch(() => undefined)
        .finally(() => exit(code));
    },
    [exit, onExit, setStatus, focus],
  );

  const scopesRef = useRef(entry.scopes);
  scopesRef.current = entry.scopes;
  // The first focus, before any key: the screen the App starts on.
  useLayoutEffect(() => {
    if (!exiting.current) focus.focus(ownerId(ROOT_OWNER, topKey(navRef.current)), ROOT_OWNER);
  }, [focus]);
  useKeypress(
    (input, key, at) => {
      if (matchKey(input, key, 'always') === 'forceQuit') return quit(EXIT.interrupted, true);
      const globalOn = scopesRef.current.includes('global') && !at.captures;
      if (!globalOn || exiting.current) return undefined;
      switch (matchKey(input, key, 'global')) {
        case 'quit':
          return quit(EXIT.ok);
        case 'help':
          return dispatch({ type: 'toggleHelp' });
        case 'messages':
          return dispatch({ type: 'toggleMessages' });
        case 'back':
          return dispatch({ type: 'back' });
        default:
          return undefined;
      }
    },
    { within: true },
  );
  // After every handler of this key has run: retire the status shown since the last key.
  useKeypress(
    () => {
      const current = statusRef.current;
      if (current && seenRef.current === current.id) setStatus(undefined);
      else seenRef.current = current?.id;
    },
    { after: true, within: true },
  );

  // Remember where the learner is, for "Continue".
  useEffect(() => {
    if (top.name === 'workshop' || top.name === 'practice') {
      session.setLast(top);
    }
  }, [top, session]);

  const progress = useProgressSummary();
  // Standing problems: the progress store's, then the settings file's (read once at start).
  const settingsWarnings = useSettingsStore()?.warnings;
  const warnings = useMemo(
    () => (settingsWarnings && settingsWarnings.length > 0 ? [...progress.warnings, ...settingsWarnings] : progress.warnings),
    [progress.warnings, settingsWarnings],
  );

  const ctx = useMemo<TuiContextValue>(
    () => ({
      lab,
      navigate: dispatch,
      setStatus,
    }),
    [lab, setStatus],
  );

  // One spare row: a frame as tall as the terminal makes Ink clear the screen on every render.
  const frameRows = Math.max(CHROME_ROWS + 1, rows - 1);
  const theme = useTheme();
  const status_ = useMemo(
    () => statusRows(status?.message, status?.tone ?? 'info', warnings, columns, theme.glyph.warning),
    [status, warnings, columns, theme],
  );
  // A status longer than a row takes rows from the screen, never from its own text.
  const extraRows = Math.max(0, Math.min(status_.length - 1, frameRows - CHROME_ROWS - 4));
  const shownStatus = status_.length - 1 > extraRows ? status_.slice(0, extraRows + 1) : status_;
  const body = useMemo(() => ({ width: columns, height: frameRows - CHROME_ROWS - extraRows }), [columns, frameRows, extraRows]);
  const crumbs = useMemo(
    () =>
      nav.stack
        .map((s) => (entryFor(reg, s).title as (screen: Screen, lab: Lab) => string)(s, lab))
        .filter((t) => t !== ''),
    [nav.stack, reg, lab],
  );
  // A screen may choose its footer scopes moment by moment (footer-context.ts); it wins over
  // the field default because it knows which of its keys still work while its field is focused.
  const [footerOverride, setFooterOverride] = useState<FooterSpec | undefined>(undefined);
  const footerScopes = useMemo<readonly Scope[]>(
    () => footerOverride?.scopes ?? (fieldFocused ? ['field', 'always'] : entry.scopes),
    [footerOverride, fieldFocused, entry.scopes],
  );
  // `?` help opens on the keys of the screen below it.
  const below = nav.stack[nav.stack.length - 2];
  const belowEntry = below ? entryFor(reg, below) : undefined;
  const helpScopes = useMemo<readonly Scope[]>(() => (belowEntry ? (belowEntry.help ?? belowEntry.scopes) : []), [belowEntry]);
  const footerOmit = footerOverride ? footerOverride.omit : fieldFocused ? undefined : entry.omit;

  return (
    <TuiContext.Provider value={ctx}>
      <BodySizeContext.Provider value={body}>
        <Box flexDirection="column" width={columns} height={frameRows} overflow="hidden">
          <Header crumbs={crumbs} width={columns} />
          <Box flexDirection="column" height={body.height} overflow="hidden">
            <FooterContext.Provider value={setFooterOverride}>
              <HelpScopesContext.Provider value={helpScopes}>
              <MessageLogContext.Provider value={log}>
              {nav.stack.map((screen, depth) => {
                const isTop = depth === nav.stack.length - 1;
                return (
                  <ScreenHost
                    key={screenKey(screen, depth)}
                    screen={screen}
                    name={screenKey(screen, depth)}
                    active={isTop && !closing}
                    visible={isTop}
                    reg={reg}
                  />
                );
              })}
              </MessageLogContext.Provider>
              </HelpScopesContext.Provider>
            </FooterContext.Provider>
          </Box>
          <StatusLine rows={shownStatus} />
          <Footer scopes={footerScopes} omit={footerOmit} width={columns} />
        </Box>
      </BodySizeContext.Provider>
    </TuiContext.Provider>
  );
}
