// signal-exit 3 (Ink's) requires node:assert only to check that its callback is a function.
// Loading node:assert costs ~2 ms before the first frame; this keeps the one check it makes
// (assert.equal compares with ==).
export function equal(actual, expected, message) {
  if (actual != expected) throw new TypeError(message);
}
