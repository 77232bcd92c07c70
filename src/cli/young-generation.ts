// Memory of the TUI: V8 doubles its young generation each time enough objects survive it, and
// opening screens makes it grow to 16 MiB, most of which becomes resident. Growing by a factor of
// 1 stops it where it is: peak RSS with all eight practice tasks opened ~86 -> ~80 MiB on Node 20
// (README "Performance"). V8 reads the factor each time it would grow the space, so it can be set
// at any time: the TUI loads this module once its first frame is drawn (src/cli/app.ts). Set from
// the start, the 1 MiB space V8 starts with cost about a dozen more scavenges before that frame.
// Newer V8 versions raise a factor below 2 back to 2, where this changes nothing.
import { setFlagsFromString } from 'node:v8';

export function keepYoungGenerationSmall(): void {
  setFlagsFromString('--semi-space-growth-factor=1');
}
