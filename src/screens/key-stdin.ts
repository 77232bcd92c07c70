// Ink reads stdin a chunk at a time and treats a run of plain characters as ONE input. When keys
// arrive faster than a frame (a paste, a fast typist, a script driving the terminal), a chunk such
// as "abc\tdef\r" would reach a text field as text, and Tab and Enter would be lost. This stands
// between the terminal and Ink and hands Ink one key (or one run of plain text) per read, each on
// its own turn of the event loop so React has applied the previous one first.
import { EventEmitter } from 'node:events';

/** Breaks a chunk before and after every control character except ESC (Ink parses those). */
export function splitChunk(chunk: string): string[] {
  const pieces: string[] = [];
  let run = '';
  for (const ch of chunk) {
    const code = ch.charCodeAt(0);
    if ((code < 0x20 && code !== 0x1b) || code === 0x7f) {
      if (run !== '') pieces.push(run);
      run = '';
      pieces.push(ch);
    } else {
      run += ch;
    }
  }
  if (run !== '') pieces.push(run);
  return pieces;
}

const FRAME_MS = 16;

export function keyByKeyStdin(real: NodeJS.ReadStream): NodeJS.ReadStream {
  const queue: string[] = [];
  const proxy = new EventEmitter() as EventEmitter & Record<string, unknown>;
  let listening = false;
  let servedThisTurn = false;
  let scheduled = false;

  const announce = (): void => {
    if (scheduled || queue.length === 0) return;
    scheduled = true;
    // One frame (render maxFps is 60): by then React has committed the previous key and run the
    // effects that attach the newly focused field's input handler. Measured here: 1 ms was not
    // enough for the workshop forms (the next key reached the old field), 10 ms was. Only keys that
    // arrive in one burst wait; a key typed on its own is handed over at once.
    setTimeout(() => {
      scheduled = false;
      if (queue.length > 0) proxy.emit('readable');
    }, FRAME_MS);
  };

  const onReadable = (): void => {
    let chunk: unknown;
    while ((chunk = real.read()) !== null) queue.push(...splitChunk(String(chunk)));
    if (!scheduled && queue.length > 0) proxy.emit('readable');
  };

  Object.assign(proxy, {
    isTTY: real.isTTY,
    // Ink calls read() until it gets null: one piece per call of its loop, then null ends the loop
    // and the next piece is announced on the next turn.
    read(): string | null {
      if (servedThisTurn) {
        servedThisTurn = false;
        announce();
        return null;
      }
      if (queue.length === 0) return null;
      servedThisTurn = true;
      return queue.shift() ?? null;
    },
    setEncoding(encoding: BufferEncoding) {
      real.setEncoding(encoding);
      return proxy;
    },
    setRawMode(mode: boolean) {
      real.setRawMode?.(mode);
      return proxy;
    },
    ref() {
      real.ref();
      return proxy;
    },
    unref() {
      real.unref();
      return proxy;
    },
  });

  proxy.on('newListener', (event: string) => {
    if (event === 'readable' && !listening) {
      listening = true;
      real.on('readable', onReadable);
    }
  });
  proxy.on('removeListener', (event: string) => {
    if (event === 'readable' && listening && proxy.listenerCount('readable') === 0) {
      listening = false;
      real.removeListener('readable', onReadable);
    }
  });
  return proxy as unknown as NodeJS.ReadStream;
}
