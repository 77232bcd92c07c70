// The lab's read-only texts, as block lists for DocScreen.

import type { Block, Lab } from '../lessons/types';
import type { DocId } from './nav';

export function docTitle(lab: Lab, doc: DocId): string {
  switch (doc) {
    case 'workshop-intro':
      return lab.workshop.title;
    case 'workshop-reference':
      return 'Reference: YAML definitions';
    case 'practice-intro':
      return lab.practice.title;
    case 'summary':
      return 'Summary';
  }
}

export function docBlocks(lab: Lab, doc: DocId): Block[] {
  switch (doc) {
    case 'workshop-intro':
      return [...lab.structure, ...lab.workshop.intro];
    case 'workshop-reference':
      return lab.workshop.reference.blocks.length > 0
        ? lab.workshop.reference.blocks
        : [
            { kind: 'code', lang: 'yaml', code: lab.workshop.reference.ordersYaml, title: 'orders_pipeline' },
            { kind: 'code', lang: 'yaml', code: lab.workshop.reference.customerYaml, title: 'customer_pipeline' },
          ];
    case 'practice-intro':
      return lab.practice.intro;
    case 'summary':
      return [
        { kind: 'heading', level: 3, text: 'Section 1 — Workshop' },
        ...lab.summary.workshop,
        { kind: 'heading', level: 3, text: 'Section 2 — Practice' },
        ...lab.summary.practice,
        {
          kind: 'table',
          header: lab.summary.takeawayHeader ?? ['Topic', 'Key Takeaway'],
          align: [null, null],
          rows: lab.summary.takeaways.map((t) => [`**${t.topic}**`, t.text]),
        },
        { kind: 'note', text: `**Exam Tip:** ${lab.summary.examTip}` },
      ];
  }
}
