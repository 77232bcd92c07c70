import { describe, expect, it } from 'vitest';
import { closesScreen, currentScreen, initNav, navReducer, parentOf, sameScreen, type NavState } from '../../src/screens/nav';

const names = (s: NavState) => s.stack.map((x) => ('step' in x ? `${x.name}:${x.step}` : 'task' in x ? `${x.name}:${x.task}` : x.name));

describe('navReducer', () => {
  it('starts on Home, or on a screen with Home and its list below it', () => {
    expect(names(initNav())).toEqual(['home']);
    expect(names(initNav({ name: 'workshop', step: 3 }))).toEqual(['home', 'workshop-list', 'workshop:3']);
    expect(names(initNav({ name: 'progress' }))).toEqual(['home', 'progress']);
  });

  it('opens a detail screen through its list, unless the list is already on top', () => {
    const fromHome = navReducer(initNav(), { type: 'open', screen: { name: 'practice', task: 2 } });
    expect(names(fromHome)).toEqual(['home', 'practice-list', 'practice:2']);
    const fromList = navReducer(initNav({ name: 'workshop-list' }), { type: 'open', screen: { name: 'workshop', step: 1 } });
    expect(names(fromList)).toEqual(['home', 'workshop-list', 'workshop:1']);
  });

  it('does not stack the same screen twice', () => {
    const s = initNav({ name: 'progress' });
    expect(navReducer(s, { type: 'open', screen: { name: 'progress' } })).toBe(s);
  });

  it('replaces the top for next/previous, so back returns to the list', () => {
    let s = initNav({ name: 'workshop', step: 1 });
    s = navReducer(s, { type: 'replace', screen: { name: 'workshop', step: 2 } });
    s = navReducer(s, { type: 'replace', screen: { name: 'workshop', step: 3 } });
    expect(names(s)).toEqual(['home', 'workshop-list', 'workshop:3']);
    s = navReducer(s, { type: 'back' });
    expect(currentScreen(s)).toEqual({ name: 'workshop-list' });
  });

  it('never pops Home', () => {
    const home = initNav();
    expect(navReducer(home, { type: 'back' })).toBe(home);
    expect(names(navReducer(home, { type: 'replace', screen: { name: 'drill' } }))).toEqual(['home', 'drill']);
  });

  it('toggles help on top of anything, and goes home from anywhere', () => {
    let s = initNav({ name: 'workshop', step: 2 });
    s = navReducer(s, { type: 'toggleHelp' });
    expect(currentScreen(s).name).toBe('help');
    s = navReducer(s, { type: 'toggleHelp' });
    expect(currentScreen(s)).toEqual({ name: 'workshop', step: 2 });
    expect(names(navReducer(s, { type: 'home' }))).toEqual(['home']);
  });

  it('knows which list a screen belongs to', () => {
    expect(parentOf({ name: 'doc', doc: 'workshop-reference' })).toEqual({ name: 'workshop-list' });
    expect(parentOf({ name: 'doc', doc: 'summary' })).toEqual({ name: 'practice-list' });
    expect(parentOf({ name: 'home' })).toBeUndefined();
    expect(sameScreen({ name: 'workshop', step: 1 }, { name: 'workshop', step: 2 })).toBe(false);
  });
});

describe('closesScreen', () => {
  const task = initNav({ name: 'practice', task: 2 });
  const step = (s: NavState, action: Parameters<typeof navReducer>[1]) => [s, navReducer(s, action)] as const;

  it('is true when a screen leaves the stack: back, Home, or another in its place', () => {
    expect(closesScreen(...step(task, { type: 'back' }))).toBe(true);
    expect(closesScreen(...step(task, { type: 'home' }))).toBe(true);
    expect(closesScreen(...step(task, { type: 'replace', screen: { name: 'practice', task: 3 } }))).toBe(true);
    const help = navReducer(task, { type: 'toggleHelp' });
    expect(closesScreen(...step(help, { type: 'toggleHelp' }))).toBe(true);
  });

  it('is false when screens are only added on top, or nothing moved', () => {
    expect(closesScreen(...step(initNav(), { type: 'open', screen: { name: 'practice', task: 2 } }))).toBe(false);
    expect(closesScreen(...step(task, { type: 'toggleHelp' }))).toBe(false);
    expect(closesScreen(...step(task, { type: 'open', screen: { name: 'practice', task: 2 } }))).toBe(false);
    expect(closesScreen(initNav(), navReducer(initNav(), { type: 'back' }))).toBe(false);
  });
});
