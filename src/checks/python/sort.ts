// list.sort()/sorted() following CPython 3.11's listsort (Objects/listobject.c) so that the
// first comparison that fails is the one CPython makes: count_run, binary insertion into
// runs of minrun, the powersort merge order and the two gallops that start every merge.
// Inside a merge the galloping mode is replaced by a plain stable merge; that only changes
// which pairs are compared after the merge has started, which matters for neither the result
// (the sort is stable) nor the common error cases.

import { pyOrder } from './objects';
import type { PyVal } from './values';

type Lt = (a: PyVal, b: PyVal) => boolean;

interface Run {
  base: number;
  len: number;
  power: number;
}

export function pyLt(a: PyVal, b: PyVal): boolean {
  // fast paths for homogeneous lists
  if (typeof a === 'bigint' && typeof b === 'bigint') return a < b;
  if (typeof a === 'number' && typeof b === 'number') return a < b;
  return pyOrder('<', a, b);
}

/**
 * Sorts `keys` (and `values` alongside, when given) in place. `charge` meters the work.
 */
export function timsort(keys: PyVal[], values: PyVal[] | null, charge: (n: number) => void): void {
  const n = keys.length;
  if (n < 2) return;
  charge(n);
  const lt: Lt = pyLt;
  const swap = (i: number, j: number): void => {
    const t = keys[i] as PyVal;
    keys[i] = keys[j] as PyVal;
    keys[j] = t;
    if (values) {
      const u = values[i] as PyVal;
      values[i] = values[j] as PyVal;
      values[j] = u;
    }
  };
  const reverseSlice = (lo: number, hi: number): void => {
    for (hi--; lo < hi; lo++, hi--) swap(lo, hi);
  };

  const countRun = (lo: number, hi: number): { n: number; desc: boolean } => {
    if (lo + 1 === hi) return { n: 1, desc: false };
    let k = lo + 1;
    let cnt = 2;
    if (lt(keys[k] as PyVal, keys[k - 1] as PyVal)) {
      for (k = k + 1; k < hi; k++, cnt++) {
        if (!lt(keys[k] as PyVal, keys[k - 1] as PyVal)) break;
      }
      return { n: cnt, desc: true };
    }
    for (k = k + 1; k < hi; k++, cnt++) {
      if (lt(keys[k] as PyVal, keys[k - 1] as PyVal)) break;
    }
    return { n: cnt, desc: false };
  };

  const binarySort = (lo: number, hi: number, start: number): void => {
    if (lo === start) start++;
    for (; start < hi; start++) {
      let l = lo;
      let r = start;
      const pivot = keys[r] as PyVal;
      const pivotV = values ? (values[r] as PyVal) : null;
      do {
        const p = l + ((r - l) >> 1);
        if (lt(pivot, keys[p] as PyVal)) r = p;
        else l = p + 1;
      } while (l < r);
      for (let p = start; p > l; p--) {
        keys[p] = keys[p - 1] as PyVal;
        if (values) values[p] = values[p - 1] as PyVal;
      }
      keys[l] = pivot;
      if (values) values[l] = pivotV as PyVal;
    }
  };

  /** gallop_left: leftmost position to insert key in a[base..base+len) (hint relative). */
  const gallopLeft = (key: PyVal, base: number, len: number, hint: number): number => {
    let lastofs = 0;
    let ofs = 1;
    if (lt(keys[base + hint] as PyVal, key)) {
      const maxofs = len - hint;
      while (ofs < maxofs) {
        if (lt(keys[base + hint + ofs] as PyVal, key)) {
          lastofs = ofs;
          ofs = (ofs << 1) + 1;
        } else break;
      }
      if (ofs > maxofs) ofs = maxofs;
      lastofs += hint;
      ofs += hint;
    } else {
      const maxofs = hint + 1;
      while (ofs < maxofs) {
        if (lt(keys[base + hint - ofs] as PyVal, key)) break;
        lastofs = ofs;
        ofs = (ofs << 1) + 1;
      }
      if (ofs > maxofs) ofs = maxofs;
      const k = lastofs;
      lastofs = hint - ofs;
      ofs = hint - k;
    }
    lastofs++;
    while (lastofs < ofs) {
      const m = lastofs + ((ofs - lastofs) >> 1);
      if (lt(keys[base + m] as PyVal, key)) lastofs = m + 1;
      else ofs = m;
    }
    return ofs;
  };

  /** gallop_right: rightmost position to insert key in a[base..base+len). */
  const gallopRight = (key: PyVal, base: number, len: number, hint: number): number => {
    let lastofs = 0;
    let ofs = 1;
    if (lt(key, keys[base + hint] as PyVal)) {
      const maxofs = hint + 1;
      while (ofs < maxofs) {
        if (lt(key, keys[base + hint - ofs] as PyVal)) {
          lastofs = ofs;
          ofs = (ofs << 1) + 1;
        } else break;
      }
      if (ofs > maxofs) ofs = maxofs;
      const k = lastofs;
      lastofs = hint - ofs;
      ofs = hint - k;
    } else {
      const maxofs = len - hint;
      while (ofs < maxofs) {
        if (lt(key, keys[base + hint + ofs] as PyVal)) break;
        lastofs = ofs;
        ofs = (ofs << 1) + 1;
      }
      if (ofs > maxofs) ofs = maxofs;
      lastofs += hint;
      ofs += hint;
    }
    lastofs++;
    while (lastofs < ofs) {
      const m = lastofs + ((ofs - lastofs) >> 1);
      if (lt(key, keys[base + m] as PyVal)) ofs = m;
      else lastofs = m + 1;
    }
    return ofs;
  };

  const pending: Run[] = [];

  const mergeAt = (i: number): void => {
    const a = pending[i] as Run;
    const b = pending[i + 1] as Run;
    let baseA = a.base;
    let na = a.len;
    const baseB = b.base;
    let nb = b.len;
    a.len = na + nb;
    pending.splice(i + 1, 1);
    charge(na + nb);
    // Where does b start in a? Elements of a before that are already in place.
    const k = gallopRight(keys[baseB] as PyVal, baseA, na, 0);
    baseA += k;
    na -= k;
    if (na === 0) return;
    // Where does a end in b? Elements of b after that are already in place.
    nb = gallopLeft(keys[baseA + na - 1] as PyVal, baseB, nb, nb - 1);
    if (nb === 0) return;
    // stable merge of [baseA, baseA+na) and [baseB, baseB+nb)
    const ka = keys.slice(baseA, baseA + na);
    const va = values ? values.slice(baseA, baseA + na) : null;
    let i1 = 0;
    let i2 = baseB;
    const end2 = baseB + nb;
    let dest = baseA;
    while (i1 < na && i2 < end2) {
      if (lt(keys[i2] as PyVal, ka[i1] as PyVal)) {
        keys[dest] = keys[i2] as PyVal;
        if (values) values[dest] = values[i2] as PyVal;
        i2++;
      } else {
        keys[dest] = ka[i1] as PyVal;
        if (values && va) values[dest] = va[i1] as PyVal;
        i1++;
      }
      dest++;
    }
    while (i1 < na) {
      keys[dest] = ka[i1] as PyVal;
      if (values && va) values[dest] = va[i1] as PyVal;
      i1++;
      dest++;
    }
  };

  const powerloop = (s1: number, n1: number, n2: number): number => {
    let result = 0;
    let a = 2 * s1 + n1;
    let b = a + n1 + n2;
    for (;;) {
      ++result;
      if (a >= n) {
        a -= n;
        b -= n;
      } else if (b >= n) break;
      a *= 2;
      b *= 2;
    }
    return result;
  };

  let minrun = n;
  {
    let r = 0;
    while (minrun >= 64) {
      r |= minrun & 1;
      minrun >>= 1;
    }
    minrun += r;
  }

  let lo = 0;
  let remaining = n;
  while (remaining > 0) {
    const run = countRun(lo, lo + remaining);
    let len = run.n;
    if (run.desc) reverseSlice(lo, lo + len);
    if (len < minrun) {
      const force = remaining <= minrun ? remaining : minrun;
      binarySort(lo, lo + force, lo + len);
      len = force;
    }
    if (pending.length > 0) {
      const top = pending[pending.length - 1] as Run;
      const power = powerloop(top.base, top.len, len);
      while (pending.length > 1 && (pending[pending.length - 2] as Run).power > power) mergeAt(pending.length - 2);
      (pending[pending.length - 1] as Run).power = power;
    }
    pending.push({ base: lo, len, power: 0 });
    lo += len;
    remaining -= len;
  }
  while (pending.length > 1) {
    let k = pending.length - 2;
    if (k > 0 && (pending[k - 1] as Run).len < (pending[k + 1] as Run).len) k--;
    mergeAt(k);
  }
}
