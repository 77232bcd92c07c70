// Memory of the TUI: V8 doubles its young generation each time enough objects survive it, and
// loading the screens makes it grow from 2 to 16 MiB, most of which becomes resident. Growing by
// a factor of 1 keeps it at 2 MiB: peak RSS with all eight practice tasks opened goes from ~86
// to ~78 MiB on Node 20, key latency unchanged (README "Performance"). V8 reads the factor each
// time it would grow the space: bin/cli.ts loads this module before it loads a TUI, and app.ts
// imports it first for any other way in. Newer V8 versions raise a factor below 2 back to 2,
// where this changes nothing. The scriptable commands never load it.
import { setFlagsFromString } from 'node:v8';

setFlagsFromString('--semi-space-growth-factor=1');
