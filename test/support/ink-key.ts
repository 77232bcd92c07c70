// A builder for the few key flags a test sets; every other flag is off (the app's own NO_KEY).
import type { Key } from 'ink';
import { NO_KEY } from '../../src/screens/input/key';

export { NO_KEY };

export const key = (flags: Partial<Key> = {}): Key => ({ ...NO_KEY, ...flags });
