// What the notebook says about one run of a task's cells.

export type Verdict =
  | {
      outcome: 'passed';
      /** Every line the cells printed. */
      output: string[];
      /** The first printed line (`Task 3 PASSED: …`). */
      message: string;
      /** Cautions: the notebook passes, but the answer would be wrong on Databricks. */
      explain?: string[];
    }
  | {
      outcome: 'failed';
      output: string[];
      /** The AssertionError's message exactly as Python formats it ('' for a bare assert). */
      message: string;
      /** What the failed assert compared (pytest style) and notes on meaning; never a verdict. */
      explain?: string[];
    }
  | {
      outcome: 'error';
      output: string[];
      /** Python's exception class name: SyntaxError, NameError, TypeError, … */
      errorType: string;
      /** What Python itself says (str(exc)), as close as the engine can make it. */
      pythonMessage: string;
      /** What a learner should understand and do. */
      message: string;
      /** Which cell raised it. */
      cell: 'todo' | 'verify';
      /** 1-based line within that cell, when known. */
      line?: number;
      /** Extra lines beyond `message` (none yet for errors; kept for one shape). */
      explain?: string[];
    };
