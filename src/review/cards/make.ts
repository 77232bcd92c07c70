// Small builders shared by every card module: the doc source line on the back, choice cards
// from a right option and its distractors, and the export record of a card.
import { choiceJudge, joinExplanation } from '../judge';
import type { Rng } from '../rng';
import type { Card, CardMaker, CardRecord, CardSource, ChoiceCard, DocRef, ExamTopic } from '../types';

/** The line the back of a card ends with: where its fact is documented. */
export function sourceLine(doc: DocRef): string {
  return `Source: ${doc.title} — ${doc.url}`;
}

/** The explanation with the source line last (so every screen shows it without knowing `doc`). */
export function explain(explanation: string, doc?: DocRef): string {
  return doc ? joinExplanation(explanation, sourceLine(doc)) : explanation;
}

export interface ChoiceSpec {
  id: string;
  topic: ExamTopic;
  source: CardSource;
  prompt: string;
  code?: string;
  correct: string;
  wrong: readonly string[];
  explanation: string;
  doc?: DocRef;
  needs?: string[];
  /** Why a given wrong option is wrong, by its text. */
  whyWrong?: Readonly<Record<string, string>>;
}

/** A multiple-choice card maker: one schedule, the options shuffled per session. */
export function choiceMaker(spec: ChoiceSpec): CardMaker {
  const explanation = explain(spec.explanation, spec.doc);
  const judge = choiceJudge(spec.correct, explanation, (answer) => spec.whyWrong?.[answer.trim()]);
  return {
    scheduleId: spec.id,
    topic: spec.topic,
    source: spec.source,
    make: (rng: Rng): ChoiceCard => {
      const card: ChoiceCard = {
        kind: 'choice',
        id: spec.id,
        scheduleId: spec.id,
        topic: spec.topic,
        source: spec.source,
        prompt: spec.prompt,
        options: rng.shuffle([spec.correct, ...spec.wrong]),
        answer: spec.correct,
        explanation,
        needs: spec.needs ?? [],
        judge,
      };
      if (spec.code !== undefined) card.code = spec.code;
      if (spec.doc) card.doc = spec.doc;
      return card;
    },
  };
}

/** What the learner sees before answering, as plain text (prompt, context, options). */
export function cardFront(card: Card): string {
  const parts = [card.prompt];
  if (card.code) parts.push(card.code);
  if (card.kind === 'choice') parts.push(card.options.map((o, i) => `${i + 1}. ${o}`).join('\n'));
  return parts.join('\n\n');
}

/** The back: the answer, then the explanation (which ends with the source line). */
export function cardBack(card: Card): string {
  return joinExplanation(`Answer: ${card.answer}`, card.explanation);
}

/** One card as `review --export json` writes it. */
export function cardRecord(card: Card): CardRecord {
  return {
    id: card.id,
    topic: card.topic,
    front: cardFront(card),
    back: cardBack(card),
    options: card.kind === 'choice' ? [...card.options] : null,
    answer: card.answer,
    source: card.doc?.url ?? null,
  };
}
