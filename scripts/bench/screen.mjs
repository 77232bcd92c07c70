// A minimal virtual terminal for the bench: enough of VT100/xterm to follow what Ink writes
// (text, CR/LF, cursor moves, erase line/display, the alternate screen), so that the bench reads
// the screen as a user sees it, whether Ink redraws every line or only the changed ones.
// Every character takes one column (the screens the bench reads are ASCII, box and block glyphs).

export class VirtualScreen {
  constructor(cols, rows) {
    this.cols = cols;
    this.rows = rows;
    this.clear();
    this.pending = '';
  }

  clear() {
    this.lines = Array.from({ length: this.rows }, () => []);
    this.x = 0;
    this.y = 0;
  }

  /** The screen as text, one line per row, trailing blanks trimmed. */
  text() {
    return this.lines.map((cells) => cells.map((c) => c ?? ' ').join('').trimEnd()).join('\n');
  }

  write(data) {
    const s = this.pending + data;
    this.pending = '';
    let i = 0;
    while (i < s.length) {
      const ch = s[i];
      if (ch === '\u001B') {
        const end = this.escape(s, i);
        if (end === -1) {
          // An escape sequence cut by the chunk boundary: finish it with the next chunk.
          this.pending = s.slice(i);
          return;
        }
        i = end;
        continue;
      }
      const code = ch.charCodeAt(0);
      if (ch === '\r') this.x = 0;
      else if (ch === '\n') this.lineFeed();
      else if (ch === '\b') this.x = Math.max(0, this.x - 1);
      else if (code >= 0x20 && code !== 0x7f) this.put(ch);
      i++;
    }
  }

  put(ch) {
    if (this.x >= this.cols) {
      this.x = 0;
      this.lineFeed();
    }
    this.lines[this.y][this.x] = ch;
    this.x++;
  }

  lineFeed() {
    if (this.y === this.rows - 1) {
      this.lines.shift();
      this.lines.push([]);
    } else {
      this.y++;
    }
  }

  /** Applies the escape sequence at s[i]; returns the index after it, or -1 if it is incomplete. */
  escape(s, i) {
    const kind = s[i + 1];
    if (kind === undefined) return -1;
    if (kind === '[') {
      let j = i + 2;
      while (j < s.length && /[0-9;?<=>]/.test(s[j])) j++;
      while (j < s.length && /[ -/]/.test(s[j])) j++;
      if (j >= s.length) return -1;
      this.csi(s.slice(i + 2, j), s[j]);
      return j + 1;
    }
    if (kind === ']') {
      // OSC … BEL or ST.
      const bel = s.indexOf('\u0007', i);
      const st = s.indexOf('\u001B\\', i);
      const ends = [bel === -1 ? Infinity : bel + 1, st === -1 ? Infinity : st + 2];
      const end = Math.min(...ends);
      return end === Infinity ? -1 : end;
    }
    if (kind === '7' || kind === '8' || kind === '=' || kind === '>') return i + 2;
    return i + 2;
  }

  csi(params, final) {
    const priv = params.startsWith('?');
    const nums = (priv ? params.slice(1) : params).split(';').map((p) => (p === '' ? undefined : Number(p)));
    // A count of 0 means 1, as in real terminals.
    const n = nums[0] || 1;
    switch (final) {
      case 'A':
        this.y = Math.max(0, this.y - n);
        break;
      case 'B':
        this.y = Math.min(this.rows - 1, this.y + n);
        break;
      case 'C':
        this.x = Math.min(this.cols - 1, this.x + n);
        break;
      case 'D':
        this.x = Math.max(0, this.x - n);
        break;
      case 'E':
        this.y = Math.min(this.rows - 1, this.y + n);
        this.x = 0;
        break;
      case 'F':
        this.y = Math.max(0, this.y - n);
        this.x = 0;
        break;
      case 'G':
        this.x = Math.min(this.cols - 1, Math.max(0, n - 1));
        break;
      case 'H':
      case 'f':
        this.y = Math.min(this.rows - 1, Math.max(0, (nums[0] ?? 1) - 1));
        this.x = Math.min(this.cols - 1, Math.max(0, (nums[1] ?? 1) - 1));
        break;
      case 'J': {
        const mode = nums[0] ?? 0;
        if (mode === 2 || mode === 3) this.lines = Array.from({ length: this.rows }, () => []);
        else if (mode === 0) {
          this.lines[this.y].length = Math.min(this.lines[this.y].length, this.x);
          for (let y = this.y + 1; y < this.rows; y++) this.lines[y] = [];
        } else if (mode === 1) {
          for (let y = 0; y < this.y; y++) this.lines[y] = [];
          for (let x = 0; x <= this.x; x++) this.lines[this.y][x] = ' ';
        }
        break;
      }
      case 'K': {
        const mode = nums[0] ?? 0;
        const line = this.lines[this.y];
        if (mode === 0) line.length = Math.min(line.length, this.x);
        else if (mode === 1) for (let x = 0; x <= this.x; x++) line[x] = ' ';
        else this.lines[this.y] = [];
        break;
      }
      case 'h':
      case 'l':
        // The alternate screen starts blank.
        if (priv && (nums.includes(1049) || nums.includes(47))) this.clear();
        break;
      default:
        // SGR (m) and everything else change no text.
        break;
    }
  }
}
