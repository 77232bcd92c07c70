// `lakeflow-lab sql` on a terminal with no query: the interactive SQL screen (editor, history,
// scrolling result table, the tables and their columns). Loaded only in that case.
// HOOK (#17): the screen is built separately; until it lands this says how to run a query.
import { UsageError } from './io';

export interface SqlScreenOptions {
  seed: number;
  color: boolean;
}

export async function openSqlScreen(_options: SqlScreenOptions): Promise<number> {
  throw new UsageError('the interactive SQL screen is not here yet: give a query, lakeflow-lab sql "SELECT ..." (or pipe one in)');
}
