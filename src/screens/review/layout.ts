// The review screen's text, laid out into terminal lines. Pure (cards, numbers and a width in,
// lines out) so it is tested without Ink; the components only place these lines.
//
// Only types come from src/review here: this module is loaded at start-up with the registry,
// and the review core (cron-parser, ts-fsrs, the checks engine) must stay out of that path.

import type { Card, CardSource, Judgement, ReviewRating } from '../../review/types';
import type { ReviewOverview, SessionSummary } from '../../review/session';
import type { ReviewSettings } from '../../review/settings';
import { KEYS, keyLabel, type Command } from '../keys';
import { layoutBlock } from '../markdown/layout';
import { parseInline } from '../markdown/inline';
import { lineWidth, truncateLine, wrapSegments, type Line, type Segment } from '../markdown/lines';
import { rowLine } from '../components/list-row';
import type { Glyphs } from '../theme';

export interface TextOptions {
  width: number;
  noColor: boolean;
}

const key = (command: Command): string => keyLabel(KEYS[command].keys[0]);

/** Text with `\n` line breaks and blank-line paragraphs, wrapped; inline markdown allowed. */
export function textLines(text: string, { width, noColor }: TextOptions, roles: Segment['roles'] = undefined): Line[] {
  const out: Line[] = [];
  text.split(/\n\s*\n/).forEach((paragraph, i) => {
    if (paragraph.trim() === '') return;
    if (i > 0 && out.length > 0) out.push([]);
    for (const line of paragraph.split('\n')) {
      if (line.trim() === '') continue;
      out.push(...wrapSegments(parseInline(line, { keepCodeTicks: noColor, roles: roles ?? [] }), width));
    }
  });
  return out;
}

/** Blank cards show a notebook cell; generated cards show a plain task diagram. */
export function codeLanguage(card: Card): string {
  if (card.source !== 'blank') return 'plain';
  return /^\s*(select|where|and|from)\b/im.test(card.code ?? '') ? 'sql' : 'python';
}

/** The question and its code: the top of the card in every phase. */
export function promptLines(card: Card, opts: TextOptions): Line[] {
  const lines = textLines(card.prompt, opts);
  if (card.code) {
    lines.push([]);
    lines.push(...layoutBlock({ kind: 'code', lang: codeLanguage(card), code: card.code }, { width: opts.width, noColor: opts.noColor }));
  }
  return lines;
}

export interface QuestionLayout {
  lines: Line[];
  /** Per option: [first line, line after the last] in `lines` (to keep the cursor in view). */
  options: Array<[number, number]>;
}

/** The card before it is answered: prompt, code, then the options or what to do. */
export function questionLines(card: Card, selected: number, opts: TextOptions, glyphs: Glyphs): QuestionLayout {
  const lines = promptLines(card, opts);
  const options: Array<[number, number]> = [];
  lines.push([]);
  if (card.kind === 'choice') {
    const numberWidth = String(card.options.length).length + 2;
    card.options.forEach((option, i) => {
      const on = i === selected;
      const marker: Line = [
        on ? { text: `${glyphs.pointer} `, roles: ['selection'] } : { text: '  ' },
        { text: `${i + 1}.`.padEnd(numberWidth), roles: on ? ['selection'] : ['muted'] },
      ];
      const start = lines.length;
      lines.push(
        ...wrapSegments(parseInline(option, { keepCodeTicks: opts.noColor, roles: on ? ['selection'] : [] }), opts.width, {
          first: marker,
          rest: [{ text: ' '.repeat(2 + numberWidth) }],
        }),
      );
      options.push([start, lines.length]);
    });
  } else if (card.kind === 'self') {
    lines.push(...textLines(`Think of your answer, then press ${key('revealAnswer')} to see it and grade yourself.`, opts, ['muted']));
  }
  return { lines, options };
}

export interface AnsweredLayout {
  lines: Line[];
  /** Where the verdict (or the revealed answer) starts: kept in view when the card is long. */
  resultStart: number;
}

/** The card once answered: prompt, then the verdict or the answer, then the explanation. */
export function answeredLines(card: Card, answer: string | null, judgement: Judgement | null, opts: TextOptions, glyphs: Glyphs): AnsweredLayout {
  const lines = promptLines(card, opts);
  lines.push([]);
  const resultStart = lines.length;
  const inline = (text: string, roles: Segment['roles'] = []): Segment[] => parseInline(text, { keepCodeTicks: opts.noColor, roles: roles ?? [] });
  if (card.kind === 'self' || judgement === null) {
    const text = card.kind === 'self' ? card.answer : '';
    lines.push(...wrapSegments([{ text: 'Answer: ', roles: ['bold'] }, ...inline(text)], opts.width, { rest: [{ text: '  ' }] }));
    lines.push([]);
    lines.push(...textLines(card.explanation, opts));
    return { lines, resultStart };
  }
  const mark: Segment = judgement.correct
    ? { text: `${glyphs.done} Correct`, roles: ['success'] }
    : { text: `${glyphs.failed} Not quite`, roles: ['failure'] };
  lines.push([mark]);
  const given = answer === null || answer.trim() === '' ? '(nothing)' : answer;
  lines.push(...wrapSegments([{ text: 'Your answer: ', roles: ['muted'] }, { text: given, roles: ['code'] }], opts.width, { rest: [{ text: '  ' }] }));
  const { text, statesExpected } = explanationAfterMark(judgement);
  if (!judgement.correct && !statesExpected) {
    lines.push(...wrapSegments([{ text: 'Expected: ', roles: ['muted'] }, ...inline(judgement.expected, ['code'])], opts.width, { rest: [{ text: '  ' }] }));
  }
  if (text !== '') {
    lines.push([]);
    lines.push(...textLines(text, opts));
  }
  return { lines, resultStart };
}

/**
 * The verdict's explanation without its opening "Correct." / "Not quite." (the ✓ / ✗ line says
 * it already), and whether it opens by naming the expected answer.
 */
export function explanationAfterMark(judgement: Judgement): { text: string; statesExpected: boolean } {
  const [first = '', ...rest] = judgement.explanation.split(/\n\s*\n/);
  const head = first.replace(/^\s*(Correct|Not quite)\.\s*/, '');
  return {
    text: [head, ...rest].filter((p) => p.trim() !== '').join('\n\n'),
    // The core's choice and set judges open with "The answer is: …" (src/review/judge.ts).
    statesExpected: /^(No answer\. )?The answer is: /.test(head),
  };
}

export const RATING_COMMANDS: Record<ReviewRating, Command> = {
  again: 'rateAgain',
  hard: 'rateHard',
  good: 'rateGood',
  easy: 'rateEasy',
};

export const RATING_LABELS: Record<ReviewRating, string> = { again: 'Again', hard: 'Hard', good: 'Good', easy: 'Easy' };

const RATINGS: readonly ReviewRating[] = ['again', 'hard', 'good', 'easy'];

/** "1 Again, 2 Hard, 3 Good or 4 Easy", keys from the key table. */
export function ratingKeysText(): string {
  const parts = RATINGS.map((r) => `${key(RATING_COMMANDS[r])} ${RATING_LABELS[r]}`);
  return `${parts.slice(0, -1).join(', ')} or ${parts[parts.length - 1]}`;
}

/**
 * "Rating: 1 Again 1m  2 Hard 6m  [3 Good 10m]  4 Easy 8d  from your answer": keys from the key
 * table, and beside each the time until the card comes back, as Anki shows them. On a narrow
 * terminal the words around the four choices go first, then the intervals, never the choices.
 */
export function ratingLine(
  rating: ReviewRating | null,
  suggested: ReviewRating | null,
  width: number,
  intervals: Record<ReviewRating, string> | null = null,
): Line {
  const choices = (gap: string, withIntervals = true): Segment[] =>
    RATINGS.flatMap((r, i) => {
      const label = `${key(RATING_COMMANDS[r])} ${RATING_LABELS[r]}${intervals && withIntervals ? ` ${intervals[r]}` : ''}`;
      const seg: Segment = r === rating ? { text: `[${label}]`, roles: ['selection'] } : { text: ` ${label} `, roles: ['muted'] };
      return i > 0 ? [{ text: gap }, seg] : [seg];
    });
  const head: Segment = { text: rating === null ? 'How well did you know it? ' : 'Rating: ', roles: ['bold'] };
  const tail: Segment[] =
    rating !== null && suggested !== null
      ? [{ text: rating === suggested ? '  from your answer' : `  (suggested: ${RATING_LABELS[suggested]})`, roles: ['muted'] }]
      : [];
  const variants: Line[] = [
    [head, ...choices('  '), ...tail],
    [head, ...choices('  ')],
    [head, ...choices('')],
    choices(''),
    choices('', false),
  ];
  return variants.find((v) => lineWidth(v) <= width) ?? truncateLine(choices('', false), width);
}

const SOURCE_LABELS: Record<CardSource, string> = {
  'exam-tip': 'Exam tip',
  takeaway: 'Lab takeaway',
  blank: 'Practice notebook',
  generated: 'New scenario',
  exam: 'Exam topic',
  sql: 'SQL lab',
};

/** The badge on a card's title line: back again in this session, missed before, or its source. */
export function sourceBadge(card: Card, missed: boolean, again = false): Segment {
  if (again) return { text: 'Again: back for another try', roles: ['warning'] };
  return missed ? { text: 'You missed this before', roles: ['warning'] } : { text: SOURCE_LABELS[card.source], roles: ['muted'] };
}

export const plural = (n: number, one: string, many = `${one}s`): string => `${n} ${n === 1 ? one : many}`;

export interface StartInfo {
  overview: ReviewOverview;
  /** Cards in this session. */
  size: number;
  cram: boolean;
  /** The settings in force (defaults until the preferences store holds them). */
  settings?: ReviewSettings;
  /** Days from today to the exam date, when one is set and not past. */
  examInDays?: number;
}

/** The panel before the first card: what is due, what this session holds, how it works. */
export function startLines({ overview, size, cram, settings, examInDays }: StartInfo, opts: TextOptions): Line[] {
  const labelWidth = 14;
  const row = (label: string, text: string, roles: Segment['roles'] = []): Line[] =>
    wrapSegments(parseInline(text, { keepCodeTicks: opts.noColor, roles: roles ?? [] }), opts.width, {
      first: [{ text: label.padEnd(labelWidth), roles: ['bold'] }],
      rest: [{ text: ' '.repeat(labelWidth) }],
    });
  const lines: Line[] = [];
  const misses =
    overview.misses === 0 ? '' : overview.misses === overview.due ? ', all missed in practice or drills' : `, ${overview.misses} of them missed in practice or drills`;
  lines.push(...row('Due now', `${plural(overview.due, 'card')}${misses}`));
  const unseen = overview.unseen ?? overview.fresh;
  const limit = settings ? `, at most ${settings.newCardsPerDay} a day` : '';
  lines.push(
    ...row(
      'New',
      overview.fresh === unseen
        ? `${plural(overview.fresh, 'card')} not reviewed yet (of ${overview.total})`
        : `${plural(overview.fresh, 'card')} today (${unseen} of ${overview.total} not reviewed yet${limit})`,
    ),
  );
  if ((overview.setAside ?? 0) > 0) {
    lines.push(...row('Set aside', `${plural(overview.setAside ?? 0, 'card')} suspended or buried (${key('unsuspendAll')} brings suspended cards back)`));
  }
  if (settings?.examDate) {
    lines.push(
      ...row(
        'Exam',
        examInDays === undefined
          ? `${settings.examDate} (passed: intervals are not capped)`
          : `${settings.examDate}, ${examInDays === 0 ? 'today' : `in ${plural(examInDays, 'day')}`}: no card is scheduled past it`,
      ),
    );
  }
  lines.push([]);
  if (size === 0) {
    lines.push(
      ...textLines(
        `Nothing to review right now: no card is due and you have seen every card. Come back later, or press ${key('toggleCram')} for cram mode.`,
        opts,
      ),
    );
    return lines;
  }
  lines.push(...row('This session', cram ? `${plural(size, 'card')}, cram mode: your weakest cards first, whatever their schedule` : `${plural(size, 'card')}: misses and due cards first, then new ones`));
  lines.push([]);
  lines.push(
    ...textLines(
      `Each answer is checked, explained and rated; the rating decides when the card comes back. Your ratings are saved after every card, so you can leave at any time. Press ${key('startReview')} to start.`,
      opts,
      ['muted'],
    ),
  );
  return lines;
}

/** The end of a session: totals, a table by exam topic, what to look at next. */
export function summaryLines(summary: SessionSummary, saved: boolean, opts: TextOptions, glyphs: Glyphs, setAside = 0): Line[] {
  const lines: Line[] = [];
  const asideLine = (): Line[] =>
    setAside > 0 ? textLines(`${plural(setAside, 'card')} suspended or buried in this session.`, opts, ['muted']) : [];
  if (summary.answered === 0) {
    lines.push(...textLines('No card was answered in this session.', opts));
    lines.push(...asideLine());
    return lines;
  }
  const parts = [`${summary.correct} right`, `${summary.wrong} wrong`];
  if (summary.selfRated > 0) parts.push(`${summary.selfRated} graded yourself`);
  lines.push(...textLines(`${plural(summary.answered, 'answer')}: ${parts.join(', ')}.`, opts, ['bold']));
  lines.push(...asideLine());
  lines.push([]);
  const num = (n: number | string): { segs: Segment[]; width: number } => ({ segs: [{ text: String(n).padStart(6) }], width: 7 });
  const head = (t: string): { segs: Segment[]; width: number } => ({ segs: [{ text: t.padStart(6), roles: ['muted'] }], width: 7 });
  lines.push(rowLine([{ segs: [{ text: '' }], width: 2 }, { segs: [{ text: 'Exam topic', roles: ['muted'] }], width: 22 }, head('Cards'), head('Right'), head('Wrong'), head('Self'), head('Again')], opts.width));
  for (const t of summary.byTopic) {
    const ok = t.struggled === 0;
    lines.push(
      rowLine(
        [
          { segs: [{ text: ok ? glyphs.done : glyphs.failed, roles: [ok ? 'success' : 'failure'] }], width: 2 },
          { segs: [{ text: t.title }], width: 22 },
          num(t.answered),
          num(t.correct),
          num(t.wrong),
          num(t.selfRated),
          num(t.ratings.again),
        ],
        opts.width,
      ),
    );
  }
  lines.push([]);
  const titles = new Map(summary.byTopic.map((t) => [t.topic, t.title]));
  if (summary.toReview.length > 0) {
    lines.push(...textLines(`Worth another look: ${summary.toReview.map((t) => titles.get(t) ?? t).join(', ')}.`, opts));
  } else {
    lines.push(...textLines('No topic gave you trouble this time.', opts));
  }
  lines.push([]);
  lines.push(
    ...textLines(
      saved
        ? 'Your ratings are saved: each card comes back when it is due (Again soon, Easy much later).'
        : 'Your ratings could not be saved yet (see the warning below); they are kept in memory and saving is retried.',
      opts,
      [saved ? 'muted' : 'warning'],
    ),
  );
  return lines;
}

/** Home's "5 due · 41 new". */
export function reviewDetail(overview: Pick<ReviewOverview, 'due' | 'fresh'>): string {
  return overview.fresh > 0 ? `${overview.due} due · ${overview.fresh} new` : `${overview.due} due`;
}

/** "12:05": minutes and seconds left. */
export function clock(ms: number): string {
  const s = Math.max(0, Math.ceil(ms / 1000));
  return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`;
}

/** The mock exam's first panel: what it is, how long, what happens at the end. */
export function examStartLines(info: { questions: number; topics: number; minutes: number }, opts: TextOptions): Line[] {
  const lines: Line[] = [];
  lines.push(...textLines(`**${plural(info.questions, 'question')}** across ${plural(info.topics, 'exam topic')}, **${plural(info.minutes, 'minute')}**.`, opts));
  lines.push([]);
  lines.push(
    ...textLines(
      `No feedback until the end: each answer moves on to the next question, and there is no going back. When the time is up the exam ends, answered or not. Then you see your score per topic and the right answers to what you missed; the questions you missed join your review, due within minutes.`,
      opts,
    ),
  );
  lines.push([]);
  lines.push(...textLines(`Press ${key('startReview')} to start the clock.`, opts, ['muted']));
  return lines;
}

export interface ExamResultInfo {
  asked: number;
  answered: number;
  correct: number;
  byTopic: ReadonlyArray<{ title: string; asked: number; correct: number }>;
  missed: ReadonlyArray<{ prompt: string; given: string | null; expected: string }>;
  endedBy: 'time' | 'learner' | null;
  saved: boolean;
}

/** The mock exam's end: the score, a table by topic, then each question missed with its answer. */
export function examResultLines(info: ExamResultInfo, opts: TextOptions, glyphs: Glyphs): Line[] {
  const lines: Line[] = [];
  const percent = info.asked === 0 ? 0 : Math.round((info.correct / info.asked) * 100);
  const ended = info.endedBy === 'time' ? ' Time ran out.' : '';
  lines.push(...textLines(`Score: ${info.correct}/${info.asked} (${percent}%), ${info.answered} answered.${ended}`, opts, ['bold']));
  lines.push([]);
  const cell = (t: string, roles: Segment['roles'] = []): { segs: Segment[]; width: number } => ({ segs: [{ text: t.padStart(7), roles: roles ?? [] }], width: 8 });
  lines.push(rowLine([{ segs: [{ text: '' }], width: 2 }, { segs: [{ text: 'Exam topic', roles: ['muted'] }], width: 26 }, cell('Asked', ['muted']), cell('Right', ['muted']), cell('Score', ['muted'])], opts.width));
  for (const t of info.byTopic) {
    const ok = t.correct === t.asked;
    lines.push(
      rowLine(
        [
          { segs: [{ text: ok ? glyphs.done : glyphs.failed, roles: [ok ? 'success' : 'failure'] }], width: 2 },
          { segs: [{ text: t.title }], width: 26 },
          cell(String(t.asked)),
          cell(String(t.correct)),
          cell(`${Math.round((t.correct / Math.max(1, t.asked)) * 100)}%`),
        ],
        opts.width,
      ),
    );
  }
  lines.push([]);
  if (info.missed.length === 0) {
    lines.push(...textLines('Nothing missed.', opts));
  } else {
    lines.push(...textLines(`Missed (${info.missed.length}): they are in your review now.`, opts, ['bold']));
    info.missed.forEach((m, i) => {
      lines.push([]);
      const first = m.prompt.split('\n')[0] ?? '';
      lines.push(...textLines(`${i + 1}. ${first}`, opts));
      lines.push(...wrapSegments([{ text: '   Yours: ', roles: ['muted'] }, { text: m.given ?? '(not answered)', roles: ['code'] }], opts.width, { rest: [{ text: '   ' }] }));
      lines.push(...wrapSegments([{ text: '   Right: ', roles: ['muted'] }, ...parseInline(m.expected, { keepCodeTicks: opts.noColor, roles: ['code'] })], opts.width, { rest: [{ text: '   ' }] }));
    });
  }
  lines.push([]);
  lines.push(
    ...textLines(
      info.saved ? 'Saved: the missed questions come back in review within minutes.' : 'Could not save yet (see the warning below); saving is retried.',
      opts,
      [info.saved ? 'muted' : 'warning'],
    ),
  );
  return lines;
}
