// One review card: the question (a list of options, a text field, or "show the answer"), then
// the verdict, the explanation and the rating. Each part owns its keys through the key table
// scopes chosen in phase.ts; the session's state machine lives in SessionView.

import { Box, Text } from 'ink';
import { useFocusOwner, useKeypress } from '../input/keypress';
import { useLayoutEffect, useMemo, useState } from 'react';
import { TOPIC_TITLES, type Card, type Judgement, type ReviewRating } from '../../review/types';
import { SCROLLBAR_WIDTH } from '../components/Scrollable';
import { FIELD_CAPS } from '../input/text-field';
import { TextField, useTextField } from '../input/TextField';
import { useTui } from '../context';
import { useFooter } from '../footer-context';
import { matchKey, type Command } from '../keys';
import { LineRow } from '../markdown/LinesView';
import type { Line, Segment } from '../markdown/lines';
import { truncate } from '../../text/width';
import { useTheme } from '../theme';
import { answeredLines, questionLines, ratingKeysText, ratingLine, sourceBadge } from './layout';
import { PANEL_HEAD_ROWS, Panel, revealRange, usePanelScroll } from './Panel';
import { footerFor, type ReviewView } from './phase';

const RATE: Partial<Record<Command, ReviewRating>> = { rateAgain: 'again', rateHard: 'hard', rateGood: 'good', rateEasy: 'easy' };

interface Frame {
  card: Card;
  /** 1-based number of the card on screen, and how many are still to come after it. */
  position: number;
  more: number;
  /** A practice or drill miss of this card's blank is on record and not cleared yet. */
  missed: boolean;
  /** Rated earlier in this session: it is back for its learning step. */
  again: boolean;
  /** There is a rating (or suspend, bury) to undo. */
  canUndo: boolean;
  /** Undo, suspend, bury: keys of any card outside the answer field. */
  /** Absent in the mock exam: no undo, suspend or bury there. */
  onAny?: (command: 'undoRating' | 'suspendCard' | 'buryCard') => void;
  /** Replaces "Card N · M more" and the source badge (the mock exam: question number, time left). */
  heading?: { kicker: string; badge: Segment };
  width: number;
  height: number;
  active: boolean;
}

function titleProps({ card, position, more, missed, again, heading }: Frame): { kicker: string; title: string; badge: Segment } {
  if (heading) return { ...heading, title: TOPIC_TITLES[card.topic] };
  // Cards rated Again come back, so the total grows: say how many are still to come instead.
  return { kicker: `Card ${position} · ${more} more`, title: TOPIC_TITLES[card.topic], badge: sourceBadge(card, missed, again) };
}

/** Undo, suspend or bury, if the key is one of them (never while a text field has the keyboard). */
function anyCardCommand(input: string, key: Parameters<typeof matchKey>[1], frame: Frame): boolean {
  const command = matchKey(input, key, 'review-any');
  if (command !== 'undoRating' && command !== 'suspendCard' && command !== 'buryCard') return false;
  if (!frame.onAny) return false;
  if (command === 'undoRating' && !frame.canUndo) return true;
  frame.onAny?.(command);
  return true;
}

/** Lines of verdict and explanation that should show without scrolling. */
const RESULT_ROWS = 8;

const contentWidth = (width: number): number => Math.max(10, width - SCROLLBAR_WIDTH);

// ---------------------------------------------------------------- question

export interface QuestionCardProps extends Frame {
  onAnswer: (answer: string) => void;
}

/** Remount per card (React key): the cursor, the draft and the focus start fresh. */
export function QuestionCard(props: QuestionCardProps) {
  const { card, width, height, active, onAnswer, canUndo } = props;
  const theme = useTheme();
  const { setStatus } = useTui();
  const [selected, setSelected] = useState(0);
  const answer = useTextField('', { maxLength: FIELD_CAPS.answer }, (message) => setStatus(message));
  const draft = answer.state.value;
  // The answer field of a typed card is a focus owner: it has the keyboard when the card opens
  // (Esc gives it back to the card, Enter or Tab takes it again), and while it has it the App's
  // q / ? / Esc are off.
  const answerFocus = useFocusOwner('answer', { captures: true });
  const typedCard = card.kind === 'typed';
  useLayoutEffect(() => {
    if (typedCard) answerFocus.take();
  }, [typedCard, answerFocus.take]);
  const focused = answerFocus.focused;

  const view: ReviewView = card.kind === 'choice' ? 'choice' : card.kind === 'self' ? 'self' : focused ? 'typed-field' : 'typed';
  useFooter(footerFor(view, false, { canUndo, exam: props.onAny === undefined }), active);

  useKeypress(
    (input, key, at) => {
      if (at.owner === answerFocus.id) {
        if (matchKey(input, key, 'field') === 'leaveField') answerFocus.release();
        else if (matchKey(input, key, 'review-card') === 'submitAnswer') submit(answer.state.value);
        else answer.onKey(input, key);
        return;
      }
      if (anyCardCommand(input, key, props)) return;
      if (view === 'self') {
        if (matchKey(input, key, 'review-self') === 'revealAnswer') onAnswer('');
        return;
      }
      const command = matchKey(input, key, 'review-card');
      if (view === 'typed') {
        if (command === 'focusAnswer') answerFocus.take();
        return;
      }
      if (card.kind !== 'choice') return;
      switch (command) {
        case 'optionUp':
          return setSelected((s) => Math.max(0, s - 1));
        case 'optionDown':
          return setSelected((s) => Math.min(card.options.length - 1, s + 1));
        case 'pickOption': {
          const n = Number(input) - 1;
          if (n < card.options.length) setSelected(n);
          return;
        }
        case 'submitAnswer': {
          const option = card.options[selected];
          if (option !== undefined) onAnswer(option);
          return;
        }
        default:
          return;
      }
    },
    // One handler for the card and its answer field: `within` gives it the field's keys too.
    { isActive: active, within: true },
  );

  const inner = contentWidth(width);
  const layout = useMemo(() => questionLines(card, selected, { width: inner, noColor: theme.noColor }, theme.glyph), [card, selected, inner, theme]);
  const typed = card.kind === 'typed';
  const bottomRows = typed ? 3 : 0;
  const viewport = Math.max(1, height - PANEL_HEAD_ROWS - bottomRows);
  const range = layout.options[selected];
  const offset = range ? revealRange(0, range[0], range[1], viewport) : 0;
  const scroll = { offset: Math.min(offset, Math.max(0, layout.lines.length - viewport)), total: layout.lines.length, viewport };

  const submit = (value: string): void => {
    if (value.trim() === '') {
      setStatus('Type an answer first (Esc leaves the field).');
      return;
    }
    onAnswer(value);
  };

  const bottom = typed ? (
    <Box flexDirection="column" height={3}>
      <Text> </Text>
      <Box>
        <Text bold>Your answer: </Text>
        {/* Left with Esc, the field shows the end of the answer (where typing resumes), cut with a mark. */}
        <Box width={Math.max(1, width - 13)} height={1} overflow="hidden">
          <TextField value={draft} cursor={answer.state.cursor} width={Math.max(1, width - 13)} focused={focused && active} placeholder={focused ? '' : '(empty)'} />
        </Box>
      </Box>
      <Text {...theme.style('muted')}>{truncate(card.kind === 'typed' && card.placeholder ? `Format: ${card.placeholder}` : ' ', width)}</Text>
    </Box>
  ) : null;

  return <Panel {...titleProps(props)} width={width} lines={layout.lines} scroll={scroll} bottom={bottom} />;
}

// ---------------------------------------------------------------- answered

export interface AnsweredCardProps extends Frame {
  answer: string | null;
  judgement: Judgement | null;
  suggested: ReviewRating | null;
  rating: ReviewRating | null;
  /** When the card comes back after each rating, as shown on the keys ("1m", "3d"). */
  intervals: Record<ReviewRating, string> | null;
  onRate: (rating: ReviewRating) => void;
  onNext: () => void;
}

/** Mounted when the card is answered, so its scroll position starts at the verdict. */
export function AnsweredCard(props: AnsweredCardProps) {
  const { card, answer, judgement, suggested, rating, intervals, width, height, active, onRate, onNext, canUndo } = props;
  const theme = useTheme();
  const { setStatus } = useTui();
  const inner = contentWidth(width);
  const layout = useMemo(
    () => answeredLines(card, answer, judgement, { width: inner, noColor: theme.noColor }, theme.glyph),
    [card, answer, judgement, inner, theme],
  );
  const bottomRows = 2;
  const viewport = Math.max(1, height - PANEL_HEAD_ROWS - bottomRows);
  // On a long card, start at the verdict so the explanation is in view, not the question.
  const initial = layout.lines.length > viewport && layout.resultStart + RESULT_ROWS > viewport ? layout.resultStart : 0;
  const scroll = usePanelScroll(layout.lines.length, viewport, initial, active);
  const scrollable = layout.lines.length > viewport;
  useFooter(footerFor('rate', scrollable, { canUndo }), active);

  useKeypress(
    (input, key) => {
      if (anyCardCommand(input, key, props)) return;
      const command = matchKey(input, key, 'review-rate');
      if (command === undefined) return;
      const r = RATE[command];
      if (r) return onRate(r);
      if (command === 'nextCard') {
        if (rating === null) setStatus(`Grade yourself first: ${ratingKeysText()}.`);
        else onNext();
      }
    },
    { isActive: active },
  );

  const rate: Line = useMemo(() => ratingLine(rating, suggested, width, intervals), [rating, suggested, width, intervals]);
  const bottom = (
    <Box flexDirection="column" height={bottomRows}>
      <Text> </Text>
      <LineRow line={rate} />
    </Box>
  );
  return <Panel {...titleProps(props)} width={width} lines={layout.lines} scroll={scroll} bottom={bottom} />;
}
