// Who has the keyboard, as plain state the keypress layer reads before every key (keypress.tsx).
// Owners form a tree: the App at the root, one owner per screen under it, and a screen's own
// fields, forms or panels under the screen. Each owner remembers which of its children has
// focus, so a screen hidden under `?` help gets its field back when help closes. The focused
// path runs from the root along those links; its last owner gets the key.
//
// Focus moves only by `focus(id)` / `release(id)`, called synchronously from a key handler (or
// the App's navigation): the very next key of a burst already goes to the new owner, whatever
// React has or has not rendered yet. No React here: the reducer tests drive it directly.

export const ROOT_OWNER = 'app';

/** The id of `name` under `parent` (what useFocusOwner registers). */
export function ownerId(parent: string, name: string): string {
  return `${parent}/${name}`;
}

export interface OwnerOptions {
  /**
   * This owner handles every key itself (a text field, a form, a running drill): the App's
   * single-key commands (q, ?, !, Esc) stay off while it has focus, so letters are text and
   * Esc is the owner's. Ctrl+C still quits.
   */
  captures?: boolean;
}

export interface FocusSnapshot {
  /** Root first; the last entry is `owner`. */
  readonly path: readonly string[];
  /** The owner whose handlers get the next key. */
  readonly owner: string;
  /** The owner captures keys (see OwnerOptions.captures). */
  readonly captures: boolean;
}

interface Owner {
  parent: string | undefined;
  captures: boolean;
}

export class FocusTree {
  private readonly owners = new Map<string, Owner>([[ROOT_OWNER, { parent: undefined, captures: false }]]);
  /** parent → the child that has focus in it. Kept while the child is not (yet) registered. */
  private readonly links = new Map<string, string>();
  private readonly listeners = new Set<() => void>();
  private cached: FocusSnapshot | undefined;

  /** Add an owner under `parent`; the returned function removes it (and its focus link). */
  register(id: string, parent: string, options: OwnerOptions = {}): () => void {
    this.owners.set(id, { parent, captures: options.captures === true });
    this.changed();
    return () => {
      if (this.owners.get(id)?.parent !== parent) return;
      this.owners.delete(id);
      // A field that unmounts gives focus back to its parent; mounting again does not take it.
      if (this.links.get(parent) === id) this.links.delete(parent);
      this.changed();
    };
  }

  /** Change an owner's options without moving focus. */
  configure(id: string, options: OwnerOptions): void {
    const owner = this.owners.get(id);
    if (!owner || owner.captures === (options.captures === true)) return;
    owner.captures = options.captures === true;
    this.changed();
  }

  /**
   * Give `id` the keyboard: every ancestor's link points down to it. `parent` is needed only
   * while `id` is not registered yet (the App focuses a screen before it mounts). The owner's
   * own remembered child keeps focus inside it.
   */
  focus(id: string, parent: string | undefined = this.owners.get(id)?.parent): void {
    let child = id;
    let up = parent;
    let moved = false;
    while (up !== undefined) {
      if (this.links.get(up) !== child) {
        this.links.set(up, child);
        moved = true;
      }
      child = up;
      up = this.owners.get(up)?.parent;
    }
    if (moved) this.changed();
  }

  /** Give the keyboard back from `id` (and anything under it) to its parent. */
  release(id: string): void {
    const parent = this.owners.get(id)?.parent;
    if (parent !== undefined && this.links.get(parent) === id) {
      this.links.delete(parent);
      this.changed();
    }
  }

  /** Forget which child of `id` had focus: `id` itself gets the keys (the App while it quits). */
  clear(id: string): void {
    if (this.links.delete(id)) this.changed();
  }

  snapshot(): FocusSnapshot {
    if (this.cached) return this.cached;
    const path = [ROOT_OWNER];
    const seen = new Set(path);
    for (let at = ROOT_OWNER; ; ) {
      const next = this.links.get(at);
      if (next === undefined || seen.has(next) || this.owners.get(next)?.parent !== at) break;
      path.push(next);
      seen.add(next);
      at = next;
    }
    const owner = path[path.length - 1] as string;
    this.cached = { path, owner, captures: this.owners.get(owner)?.captures === true };
    return this.cached;
  }

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  private changed(): void {
    const before = this.cached;
    this.cached = undefined;
    const after = this.snapshot();
    if (before && before.owner === after.owner && before.captures === after.captures && before.path.length === after.path.length) {
      this.cached = before;
      return;
    }
    for (const l of [...this.listeners]) l();
  }
}
