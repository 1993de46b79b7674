// Shared helpers for the benchmarks: run commands, time them side by side, take medians.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, readdirSync, renameSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

const cpuFile = path.join(tmpdir(), `mlg-bench-cpu-${process.pid}.txt`);

/**
 * Runs a command, returns wall ms, exit code, stdout (utf8) and the CPU time (user + system) of
 * the command and every process it waited for (`cpuMs`, through /usr/bin/time): on a machine
 * shared with other work, wall time measures the load as much as the program, CPU time far less.
 */
export function run(cmd, args, opts = {}) {
  const timed = existsSync('/usr/bin/time');
  const [c, a] = timed ? ['/usr/bin/time', ['-f', '%U %S', '-o', cpuFile, cmd, ...args]] : [cmd, args];
  const t0 = process.hrtime.bigint();
  const r = spawnSync(c, a, { encoding: 'utf8', maxBuffer: 1 << 30, ...opts });
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  if (r.error) throw r.error;
  let cpuMs;
  if (timed) {
    const [user, sys] = readFileSync(cpuFile, 'utf8').trim().split('\n').pop().split(' ').map(Number);
    cpuMs = (user + sys) * 1000;
  }
  return { ms, cpuMs, code: r.status, stdout: r.stdout, stderr: r.stderr };
}

export const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

/**
 * Runs each named task `rounds` times, interleaved (a, b, a, b, ...) so machine noise hits both.
 * `medians` are wall times, `cpu` the medians of CPU time where `run` could measure it.
 */
export function sideBySide(tasks, rounds) {
  const times = Object.fromEntries(Object.keys(tasks).map((k) => [k, []]));
  const cpuTimes = Object.fromEntries(Object.keys(tasks).map((k) => [k, []]));
  const last = {};
  for (let i = 0; i < rounds; i++) {
    for (const [name, task] of Object.entries(tasks)) {
      const r = task();
      times[name].push(r.ms);
      if (r.cpuMs !== undefined) cpuTimes[name].push(r.cpuMs);
      last[name] = r;
    }
  }
  const medians = (t) => Object.fromEntries(Object.entries(t).map(([k, v]) => [k, v.length ? median(v) : NaN]));
  return { medians: medians(times), cpu: medians(cpuTimes), last };
}

export const fmt = (ms) => `${ms.toFixed(0)} ms`;

/**
 * `--against PATH`: another build of dist/cli.js (say, main's, copied elsewhere) that a bench
 * times beside this one in the same run, for before/after figures on a noisy machine.
 */
export function againstCli(args) {
  const i = args.indexOf('--against');
  if (i === -1) return undefined;
  const cli = args[i + 1];
  if (!cli || !existsSync(cli)) throw new Error(`--against needs the path of a built cli.js, got ${cli}`);
  return path.resolve(cli);
}

/**
 * Bundles a TypeScript probe (which imports the project's sources) into one runnable ESM file
 * with esbuild, the way scripts/build.mjs bundles the CLI, and returns its path. `sourcesOf`:
 * another checkout whose src/ the probe's imports of src/ are bundled from instead.
 */
export async function buildProbe(root, entry, name, sourcesOf) {
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
    plugins: sourcesOf ? [otherSources(path.join(root, 'src'), path.join(sourcesOf, 'src'))] : [],
  });
  return outfile;
}

/** An esbuild plugin that resolves the probe's imports of `ownSrc` to the same files under `otherSrc`. */
function otherSources(ownSrc, otherSrc) {
  return {
    name: 'other-sources',
    setup(b) {
      b.onResolve({ filter: /^\.\.?\// }, (a) => {
        const target = path.resolve(a.resolveDir, a.path);
        if (!target.startsWith(ownSrc + path.sep)) return undefined;
        const file = path.join(otherSrc, path.relative(ownSrc, target)).replace(/\.js$/, '.ts');
        return { path: file };
      });
    },
  };
}

/**
 * A copy of this repository's node_modules (13k+ real files nobody here wrote), made once under the
 * system temp folder, with nested node_modules folders renamed so every scanner sees the same files.
 */
export function nodeModulesCorpus(root) {
  const dir = path.join(tmpdir(), 'mlg-bench-corpus');
  if (!existsSync(path.join(dir, '.done'))) {
    mkdirSync(dir, { recursive: true });
    cpSync(path.join(root, 'node_modules'), path.join(dir, 'packages'), { recursive: true, verbatimSymlinks: true });
    renameNested(path.join(dir, 'packages'));
    writeFileSync(path.join(dir, '.done'), '');
  }
  return dir;
}

function renameNested(dir) {
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    if (!e.isDirectory()) continue;
    const p = path.join(dir, e.name);
    if (e.name === 'node_modules') {
      renameSync(p, path.join(dir, '_nested_modules'));
      renameNested(path.join(dir, '_nested_modules'));
    } else renameNested(p);
  }
}
