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
