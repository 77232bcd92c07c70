// The one keypress layer. It reads the terminal's input (the stdin Ink was given), parses it
// into keys (parse-keys.ts: bracketed paste is one event, a burst is key after key), and hands
// each key synchronously and in order to the handlers active at that moment. React commits
// what a key changed (focus, mode, screen) before the next key is delivered (flush.ts), so a
// burst lands exactly as the same keys typed one at a time. No timer anywhere on the path.
//
// Handlers register with useKeypress (same arguments as Ink's useInput, which the app no longer
// uses: Ink never reads stdin itself). Order is registration order, as with Ink's listeners;
// `after` handlers run once every other handler has seen the key.

import { useStdin } from 'ink';
import { useLayoutEffect, useRef } from 'react';
import { commitNow } from './flush';
import type { Key } from './key';
import { createKeyParser, type KeyParser } from './parse-keys';

export type KeyHandler = (input: string, key: Key) => void;

interface Entry {
  handler: { current: KeyHandler };
  after: boolean;
}

interface Layer {
  entries: Entry[];
  parser: KeyParser;
  detach?: () => void;
}

type Stdin = NodeJS.ReadStream;

const layers = new WeakMap<object, Layer>();

function deliver(layer: Layer, input: string, key: Key): void {
  commitNow(() => {
    const snapshot = layer.entries.slice();
    for (const e of snapshot) if (!e.after && layer.entries.includes(e)) e.handler.current(input, key);
    for (const e of snapshot) if (e.after && layer.entries.includes(e)) e.handler.current(input, key);
  });
}

function attach(layer: Layer, stdin: Stdin): () => void {
  const onReadable = (): void => {
    let chunk: unknown;
    while ((chunk = stdin.read()) !== null) {
      for (const { input, key } of layer.parser.push(String(chunk))) deliver(layer, input, key);
    }
  };
  stdin.setEncoding?.('utf8');
  stdin.setRawMode?.(true);
  stdin.ref?.();
  stdin.on('readable', onReadable);
  return () => {
    stdin.off('readable', onReadable);
    stdin.setRawMode?.(false);
    stdin.unref?.();
  };
}

function layerFor(stdin: Stdin): Layer {
  let layer = layers.get(stdin);
  if (!layer) {
    layer = { entries: [], parser: createKeyParser() };
    layers.set(stdin, layer);
  }
  return layer;
}

export interface KeypressOptions {
  isActive?: boolean;
  /** Run after every other handler of the key (the App's status line uses it). */
  after?: boolean;
}

/** Receive keys while `isActive` (default true). */
export function useKeypress(handler: KeyHandler, options: KeypressOptions = {}): void {
  const { stdin } = useStdin();
  const ref = useRef(handler);
  useLayoutEffect(() => {
    ref.current = handler;
  });
  const active = options.isActive !== false;
  const after = options.after === true;
  useLayoutEffect(() => {
    if (!active) return undefined;
    const layer = layerFor(stdin);
    const entry: Entry = { handler: ref, after };
    layer.entries.push(entry);
    if (layer.entries.length === 1) layer.detach = attach(layer, stdin);
    return () => {
      const i = layer.entries.indexOf(entry);
      if (i >= 0) layer.entries.splice(i, 1);
      if (layer.entries.length === 0) {
        layer.detach?.();
        layer.detach = undefined;
      }
    };
  }, [stdin, active, after]);
}
