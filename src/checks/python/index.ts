// The Python-subset interpreter's public surface.

export interface PyError {
  /** Python exception class name, e.g. `NameError`, `SyntaxError`, `AssertionError`. */
  type: string;
  /** str(exc) as CPython 3.11 gives it (for AssertionError: the message, '' if none). */
  message: string;
  /** 0-based index of the cell that raised. */
  cell: number;
  /** 1-based line within that cell, when known. */
  line?: number;
}

export interface RunOutcome {
  /** Printed text split into lines (a trailing newline does not add an empty line). */
  output: string[];
  /** The first uncaught exception, or null when every cell ran to the end. */
  error: PyError | null;
}

export interface RunOptions {
  /** What `datetime.now()` returns (local time, naive). Defaults to the real clock. */
  now?: Date;
}

export function runCells(_cells: string[], _options: RunOptions = {}): RunOutcome {
  throw new Error('not implemented yet');
}
