// The exam review: a start panel (what is due, cram or not), then one card at a time, then a
// summary by exam topic. The review core is loaded on demand (core.ts); until it is there the
// screen says so. Card schedules are read from and written to the progress session.

import { Text } from 'ink';
import { useSettings } from '../settings/context';
import { reviewSettingsOf } from '../../settings/effective';
import { useKeypress } from '../input/keypress';
import { useCallback, useMemo, useState, useSyncExternalStore } from 'react';
import { SCROLLBAR_WIDTH } from '../components/Scrollable';
import { TitleBar } from '../components/TitleBar';
import { useBodySize, useTui } from '../context';
import { useFooter } from '../footer-context';
import { matchKey } from '../keys';
import type { ScreenOf } from '../nav';
import { useSession, type ProgressSession } from '../session';
import { useTheme } from '../theme';
import { useReviewCore, type ReviewCore } from './core';
import { startLines } from './layout';
import { PANEL_HEAD_ROWS, Panel, usePanelScroll } from './Panel';
import { footerFor } from './phase';
import { ExamView } from './ExamView';
import { SessionView } from './SessionView';

export function ReviewScreen({ screen, active }: { screen: ScreenOf<'review'>; active: boolean }) {
  const loaded = useReviewCore();
  const store = useSession();
  const { width, height } = useBodySize();
  const [seedOfNow] = useState(() => Date.now());
  if (loaded.status !== 'ready') {
    return <Waiting message={loaded.status === 'loading' ? 'Loading the review cards…' : `The review cards could not be loaded: ${loaded.message}`} width={width} active={active} />;
  }
  if (screen.exam !== undefined) {
    return <ExamView core={loaded.core} store={store} questions={screen.exam} seed={screen.seed ?? seedOfNow} width={width} height={height} active={active} />;
  }
  return <ReviewFlow core={loaded.core} store={store} screen={screen} width={width} height={height} active={active} />;
}

function Waiting({ message, width, active }: { message: string; width: number; active: boolean }) {
  const theme = useTheme();
  useFooter(footerFor('loading', false), active);
  return (
    <>
      <TitleBar title="Review" width={width} />
      <Text> </Text>
      <Text {...theme.style('muted')}>{message}</Text>
    </>
  );
}

interface FlowProps {
  core: ReviewCore;
  store: ProgressSession;
  screen: ScreenOf<'review'>;
  width: number;
  height: number;
  active: boolean;
}

/** Start panel, then the session. The session is drawn when the panel opens and on each cram switch. */
function ReviewFlow({ core, store, screen, width, height, active }: FlowProps) {
  const { lab } = useTui();
  const theme = useTheme();
  const [cram, setCram] = useState(screen.cram === true);
  const [started, setStarted] = useState(false);
  const [seed] = useState(() => screen.seed ?? Date.now());
  const [now] = useState(() => new Date());

  // Flags (review --exam-date/--retention, in screen.settings) over the learner's settings.
  const prefs = useSettings();
  const settings = useMemo(() => core.resolveSettings({ ...reviewSettingsOf(prefs), ...screen.settings }), [core, prefs, screen.settings]);
  // Redrawn when the progress changes (unsuspending) until the session starts; then frozen.
  const progress = useSyncExternalStore(
    useCallback((listener: () => void) => store.subscribe(listener), [store]),
    useCallback(() => store.get(), [store]),
  );
  const [frozen, setFrozen] = useState<typeof progress | null>(null);
  const basis = frozen ?? progress;
  const overview = useMemo(() => core.reviewOverview(basis, now, lab, settings), [core, basis, now, lab, settings]);
  const session = useMemo(
    () => core.buildSession({ lab, progress: basis, now, seed, cards: screen.cards, cram, settings }),
    [core, basis, lab, now, seed, screen.cards, cram, settings],
  );
  const suspended = useMemo(() => Object.values(basis.cards).some((c) => core.readState(c.state)?.suspended === true), [core, basis]);
  const examInDays = useMemo(() => core.daysUntilExam(settings, now), [core, settings, now]);

  const lines = useMemo(
    () =>
      startLines(
        { overview, size: session.cards.length, cram, settings, ...(examInDays === undefined ? {} : { examInDays }) },
        { width: Math.max(10, width - SCROLLBAR_WIDTH), noColor: theme.noColor },
      ),
    [overview, session, cram, settings, examInDays, width, theme],
  );
  const viewport = Math.max(1, height - PANEL_HEAD_ROWS);
  const startActive = active && !started;
  const scroll = usePanelScroll(lines.length, viewport, 0, startActive);
  const empty = session.cards.length === 0;
  useFooter(footerFor(empty ? 'start-empty' : 'start', lines.length > viewport, { suspended }), startActive);
  useKeypress(
    (input, key) => {
      switch (matchKey(input, key, 'review')) {
        case 'startReview':
          if (!empty) {
            setFrozen(progress);
            setStarted(true);
          }
          return;
        case 'toggleCram':
          return setCram((c) => !c);
        case 'unsuspendAll': {
          const at = new Date();
          for (const [id, entry] of Object.entries(store.get().cards)) {
            if (core.readState(entry.state)?.suspended === true) store.setCard(id, core.suspendState(entry.state, at, false));
          }
          store.scheduleSave();
          return;
        }
        default:
          return;
      }
    },
    { isActive: startActive },
  );

  if (started) return <SessionView core={core} store={store} session={session} width={width} height={height} active={active} />;
  return (
    <Panel
      title="Review"
      badge={cram ? { text: 'cram mode', roles: ['accent'] } : { text: `${overview.due} due`, roles: ['muted'] }}
      width={width}
      lines={lines}
      scroll={scroll}
    />
  );
}
