// Wall time of a whole process, spawned the way a shell would (no pseudo-terminal).
import { spawn } from 'node:child_process';
import { closeSync, openSync } from 'node:fs';
import { performance } from 'node:perf_hooks';

/**
 * Runs `file args…` to its exit. stdout goes to `stdoutFile` (or nowhere), stderr is kept (for the
 * error message). Resolves with { ms, code, stderr }.
 */
export function timeProcess(file, args, { env = process.env, stdoutFile, cwd } = {}) {
  return new Promise((resolve, reject) => {
    const out = stdoutFile ? openSync(stdoutFile, 'w') : 'ignore';
    const start = performance.now();
    const child = spawn(file, args, { env, cwd, stdio: ['ignore', out, 'pipe'] });
    let stderr = '';
    child.stderr.setEncoding('utf8');
    child.stderr.on('data', (d) => {
      stderr += d;
    });
    child.on('error', (error) => {
      if (typeof out === 'number') closeSync(out);
      reject(error);
    });
    child.on('close', (code, signal) => {
      const ms = performance.now() - start;
      if (typeof out === 'number') closeSync(out);
      resolve({ ms, code, signal, stderr });
    });
  });
}

const TIMES_LINE = /^(\d+)m([\d.]+)s (\d+)m([\d.]+)s$/;

/**
 * timeProcess, plus the CPU time (user + system, every thread) the process used, through the POSIX
 * shell's `times` (its second line: the children's). CPU time hardly moves with the machine's load,
 * wall time does: the bench reports both. cpuMs is null when that line cannot be read.
 */
export async function timeProcessCpu(file, args, options = {}) {
  const r = await timeProcess('/bin/sh', ['-c', '"$0" "$@"; s=$?; times >&2; exit $s', file, ...args], options);
  const lines = r.stderr.replace(/\n$/, '').split('\n');
  const children = TIMES_LINE.exec(lines.at(-1) ?? '');
  if (!children || !TIMES_LINE.test(lines.at(-2) ?? '')) return { ...r, cpuMs: null };
  const [, um, us, sm, ss] = children.map(Number);
  const cpuMs = Math.round((um * 60 + us + sm * 60 + ss) * 1000);
  return { ...r, stderr: lines.slice(0, -2).join('\n'), cpuMs };
}
