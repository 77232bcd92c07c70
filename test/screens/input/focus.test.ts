// The focus state the keypress layer reads before every key: pure, without Ink.
import { describe, expect, it } from 'vitest';
import { FocusTree, ROOT_OWNER, ownerId } from '../../../src/screens/input/focus';

const screen = ownerId(ROOT_OWNER, '1:workshop');
const field = ownerId(screen, 'checkpoint');
const other = ownerId(ROOT_OWNER, '2:help');

describe('FocusTree', () => {
  it('starts on the App, and a screen focused before it mounts gets the keys once it does', () => {
    const t = new FocusTree();
    expect(t.snapshot()).toEqual({ path: [ROOT_OWNER], owner: ROOT_OWNER, captures: false });
    t.focus(screen, ROOT_OWNER);
    expect(t.snapshot().owner).toBe(ROOT_OWNER);
    t.register(screen, ROOT_OWNER);
    expect(t.snapshot()).toEqual({ path: [ROOT_OWNER, screen], owner: screen, captures: false });
  });

  it('moves at once on take and release, and a capturing owner says so', () => {
    const t = new FocusTree();
    t.register(screen, ROOT_OWNER);
    t.register(field, screen, { captures: true });
    t.focus(screen);
    t.focus(field);
    expect(t.snapshot()).toEqual({ path: [ROOT_OWNER, screen, field], owner: field, captures: true });
    t.release(field);
    expect(t.snapshot()).toEqual({ path: [ROOT_OWNER, screen], owner: screen, captures: false });
  });

  it('remembers the field of a screen hidden under another one', () => {
    const t = new FocusTree();
    t.register(screen, ROOT_OWNER);
    t.register(field, screen);
    t.register(other, ROOT_OWNER);
    t.focus(field);
    t.focus(other);
    expect(t.snapshot().owner).toBe(other);
    t.focus(screen);
    expect(t.snapshot().owner).toBe(field);
  });

  it('gives focus back to the parent when an owner unmounts, and does not take it again on mount', () => {
    const t = new FocusTree();
    t.register(screen, ROOT_OWNER);
    const unregister = t.register(field, screen);
    t.focus(field);
    unregister();
    expect(t.snapshot().owner).toBe(screen);
    t.register(field, screen);
    expect(t.snapshot().owner).toBe(screen);
  });

  it('focuses an owner under a parent that is not registered yet through the given parent', () => {
    const t = new FocusTree();
    t.focus(field, screen);
    t.register(field, screen);
    expect(t.snapshot().owner).toBe(ROOT_OWNER);
    t.register(screen, ROOT_OWNER);
    t.focus(screen);
    expect(t.snapshot().owner).toBe(field);
  });

  it('clear(root) leaves the keys to the App alone (quitting)', () => {
    const t = new FocusTree();
    t.register(screen, ROOT_OWNER);
    t.focus(screen);
    t.clear(ROOT_OWNER);
    expect(t.snapshot().owner).toBe(ROOT_OWNER);
  });

  it('notifies subscribers only when the owner or its capture changes, with a stable snapshot between', () => {
    const t = new FocusTree();
    const first = t.snapshot();
    let calls = 0;
    t.subscribe(() => calls++);
    t.register(screen, ROOT_OWNER);
    expect(calls).toBe(0);
    t.focus(screen);
    expect(calls).toBe(1);
    t.focus(screen);
    t.configure(screen, {});
    expect(calls).toBe(1);
    expect(t.snapshot()).not.toBe(first);
    const second = t.snapshot();
    expect(t.snapshot()).toBe(second);
    t.configure(screen, { captures: true });
    expect(calls).toBe(2);
  });
});
