// The one keypress layer. It reads the terminal's input (the stdin Ink was given), parses it
// into keys (parse-keys.ts: bracketed paste is one event, a burst is key after key), and hands
// each key synchronously and in order to the owner that has focus (focus.ts). React commits
// what a key changed (mode, screen, text) before the next key is delivered (flush.ts), and
// focus itself is not React state at all: a handler that moves it (`take()`, the App's
// navigation) moves it for the very next key. No timer anywhere on the path.
//
// Who gets a key: the handlers registered (useKeypress) on the focused owner, in registration
// order, plus `within` handlers of the owners above it (the App's global keys), then every
// `after` handler. A handler's owner is the nearest <FocusScope> around it (each screen has
// one), or `options.owner`. Ink's own useInput is not used: Ink never reads stdin itself.

import { useStdin, useStdout } from 'ink';
import { createContext, useCallback, useContext, useLayoutEffect, useMemo, useRef, useSyncExternalStore, type ReactNode } from 'react';
import { commitNow, corkFrames, drawNow } from './flush';
import { FocusTree, ROOT_OWNER, ownerId, type FocusSnapshot, type OwnerOptions } from './focus';
import type { Key } from './key';
import { createKeyParser, type KeyParser } from './parse-keys';

export { ROOT_OWNER, type FocusSnapshot } from './focus';

/** `focus` is who had the keyboard when this key arrived (not after an earlier handler moved it). */
export type KeyHandler = (input: string, key: Key, focus: FocusSnapshot) => void;

interface Entry {
  handler: { current: KeyHandler };
  after: boolean;
  owner: string;
  within: boolean;
}

interface Layer {
  entries: Entry[];
  parser: KeyParser;
  focus: FocusTree;
  detach?: () => void;
}

type Stdin = NodeJS.ReadStream;

const layers = new WeakMap<object, Layer>();

function receives(e: Entry, focus: FocusSnapshot): boolean {
  return e.owner === focus.owner || (e.within && focus.path.includes(e.owner));
}

function deliver(layer: Layer, input: string, key: Key): void {
  commitNow(() => {
    const focus = layer.focus.snapshot();
    const chosen = layer.entries.filter((e) => receives(e, focus));
    for (const e of chosen) if (!e.after && layer.entries.includes(e)) e.handler.current(input, key, focus);
    for (const e of chosen) if (e.after && layer.entries.includes(e)) e.handler.current(input, key, focus);
  });
}

function attach(layer: Layer, stdin: Stdin, stdout: NodeJS.WriteStream): () => void {
  const onReadable = (): void => {
    // Ink writes a frame in three writes (the synchronized-update start marker, the frame, the
    // end marker), and each is a system call that wakes the terminal. Corked, what this read
    // draws goes out in one write when it is done: one wake-up, and the frame arrives whole.
    const corked = corkFrames(stdout);
    try {
      let chunk: unknown;
      while ((chunk = stdin.read()) !== null) {
        for (const { input, key } of layer.parser.push(String(chunk))) deliver(layer, input, key);
      }
      // The frame of what was read goes out now, not at the end of Ink's frame interval.
      drawNow(stdout);
    } finally {
      corked?.uncork();
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
    layer = { entries: [], parser: createKeyParser(), focus: new FocusTree() };
    layers.set(stdin, layer);
  }
  return layer;
}

/** The owner that handlers and owners below it belong to. */
const OwnerContext = createContext<string>(ROOT_OWNER);

export interface KeypressOptions {
  /** Default true. False: this handler is off whatever the focus (an extra condition, rarely needed). */
  isActive?: boolean;
  /** Run after every other handler of the key (the App's status line uses it). */
  after?: boolean;
  /** The owner this handler belongs to; default the nearest FocusScope's. */
  owner?: string;
  /** Also receive keys while focus is on an owner below this one (the App's global keys). */
  within?: boolean;
}

/** Receive keys while this handler's owner has focus (see the file header). */
export function useKeypress(handler: KeyHandler, options: KeypressOptions = {}): void {
  const { stdin } = useStdin();
  const { stdout } = useStdout();
  const scope = useContext(OwnerContext);
  const ref = useRef(handler);
  useLayoutEffect(() => {
    ref.current = handler;
  });
  const active = options.isActive !== false;
  const after = options.after === true;
  const owner = options.owner ?? scope;
  const within = options.within === true;
  useLayoutEffect(() => {
    if (!active) return undefined;
    const layer = layerFor(stdin);
    const entry: Entry = { handler: ref, after, owner, within };
    layer.entries.push(entry);
    if (layer.entries.length === 1) layer.detach = attach(layer, stdin, stdout);
    return () => {
      const i = layer.entries.indexOf(entry);
      if (i >= 0) layer.entries.splice(i, 1);
      if (layer.entries.length === 0) {
        layer.detach?.();
        layer.detach = undefined;
      }
    };
  }, [stdin, stdout, active, after, owner, within]);
}

/** The focus state of this app (one per terminal input). */
export function useFocusTree(): FocusTree {
  const { stdin } = useStdin();
  return layerFor(stdin).focus;
}

/** Re-renders when the focused owner changes. */
export function useFocusSnapshot(): FocusSnapshot {
  const tree = useFocusTree();
  return useSyncExternalStore(tree.subscribe, () => tree.snapshot());
}

/** Handlers and owners inside belong to `owner` (an id from useFocusOwner). */
export function FocusScope({ owner, children }: { owner: string; children: ReactNode }) {
  return <OwnerContext.Provider value={owner}>{children}</OwnerContext.Provider>;
}

export interface FocusOwner {
  id: string;
  /** This owner gets the keys (nothing under it has focus). */
  focused: boolean;
  /** Focus is this owner or below it. */
  within: boolean;
  /** Take the keyboard; effective for the next key. */
  take: () => void;
  /** Give it back to the parent owner. */
  release: () => void;
}

/**
 * Declare an owner `name` under the nearest FocusScope (a screen, a form, a field). Handlers get
 * its keys with `useKeypress(h, { owner: owner.id })` or inside `<FocusScope owner={owner.id}>`.
 * `focused` / `within` are for drawing; a key handler should decide by its `focus` argument.
 */
export function useFocusOwner(name: string, options: OwnerOptions = {}): FocusOwner {
  const tree = useFocusTree();
  const parent = useContext(OwnerContext);
  const id = ownerId(parent, name);
  useLayoutEffect(() => tree.register(id, parent), [tree, id, parent]);
  const captures = options.captures === true;
  useLayoutEffect(() => tree.configure(id, { captures }), [tree, id, captures]);
  const snap = useFocusSnapshot();
  const take = useCallback(() => tree.focus(id, parent), [tree, id, parent]);
  const release = useCallback(() => tree.release(id), [tree, id]);
  const focused = snap.owner === id;
  const within = snap.path.includes(id);
  return useMemo(() => ({ id, focused, within, take, release }), [id, focused, within, take, release]);
}
