// Memory of the TUI: V8 doubles its young generation each time enough objects survive it, and
// opening screens makes it grow to 16 MiB, most of which becomes resident and is never given back.
// Growing by a factor of 1 stops it where it is. V8 reads the factor each time it would grow the
// space, so it can be set at any time, and when is a trade (README "Cold start, 2026-12-03"): set
// before the app's modules load, the 1 MiB space V8 starts with costs about a dozen more scavenges
// before Home's first frame; set after that frame, the space grows to 8 MiB as screens load and
// peak RSS with the eight practice tasks opened is ~4 MiB higher. src/cli/app.ts sets it once the
// modules are loaded, before the first render: about as many scavenges as without it, and the
// space stays at 4 MiB. Newer V8 versions raise a factor below 2 back to 2 (no effect there).
import { setFlagsFromString } from 'node:v8';

export function keepYoungGenerationSmall(): void {
  setFlagsFromString('--semi-space-growth-factor=1');
}
