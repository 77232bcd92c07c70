// The workshop builder (Section 1 of the lab) as pure logic: state, reducer, checkpoints, the
// learner's jobs as JobSpecs, and the simulated "Run now". No Ink here: the views live in
// src/screens/workshop/checkpoints.

export * from './state';
export * from './reducer';
export * from './expected';
export * from './spec';
export * from './checks';
export * from './run';
export * from './store';
