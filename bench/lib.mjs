// Shared helpers for the benchmarks: run commands, time them side by side, take medians.
import { spawnSync } from 'node:child_process';

/** Runs a command, returns wall ms, exit code, stdout (utf8) and peak RSS of the child (KB). */
export function run(cmd, args, opts = {}) {
  const t0 = process.hrtime.bigint();
  const r = spawnSync(cmd, args, { encoding: 'utf8', maxBuffer: 1 << 30, ...opts });
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  if (r.error) throw r.error;
  return { ms, code: r.status, stdout: r.stdout, stderr: r.stderr };
}

export const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

/** Runs each named task `rounds` times, interleaved (a, b, a, b, ...) so machine noise hits both. */
export function sideBySide(tasks, rounds) {
  const times = Object.fromEntries(Object.keys(tasks).map((k) => [k, []]));
  const last = {};
  for (let i = 0; i < rounds; i++) {
    for (const [name, task] of Object.entries(tasks)) {
      const r = task();
      times[name].push(r.ms);
      last[name] = r;
    }
  }
  return { medians: Object.fromEntries(Object.entries(times).map(([k, v]) => [k, median(v)])), last };
}

export const fmt = (ms) => `${ms.toFixed(0)} ms`;

/**
 * Bundles a TypeScript probe (which imports the project's sources) into one runnable ESM file
 * with esbuild, the way scripts/build.mjs bundles the CLI, and returns its path.
 */
export async function buildProbe(root, entry, name) {
  const { build } = await import('esbuild');
  const { mkdirSync } = await import('node:fs');
  const path = await import('node:path');
  const outfile = path.join(root, 'bench/.work', name);
  mkdirSync(path.dirname(outfile), { recursive: true });
  await build({
    entryPoints: [path.join(root, entry)],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    mainFields: ['module', 'main'],
    logLevel: 'warning',
    banner: { js: "import { createRequire } from 'module'; const require = createRequire(import.meta.url);" },
  });
  return outfile;
}
