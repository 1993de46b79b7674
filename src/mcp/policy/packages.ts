/**
 * What package, image or tool a server's command line runs, as written: `npx -y @scope/pkg@1.2.3`,
 * `uvx pkg==1.0`, `docker run ... image:tag`, `pnpm dlx`, `bunx`, `pipx run`. Used by the pinning
 * and trust checks.
 */
import type { ArgToken } from '../argv.js';

export interface PackageRef {
  ecosystem: 'npm' | 'pypi' | 'docker';
  /** The package or image name without its version or tag. */
  name: string;
  /** The version, tag or digest as written; undefined when none. */
  version?: string;
  token: ArgToken;
}

/** Flags of `docker run` that take a value (the next token is not the image). */
const DOCKER_VALUE_FLAGS = new Set([
  '-e',
  '--env',
  '--env-file',
  '-v',
  '--volume',
  '--mount',
  '--name',
  '-p',
  '--publish',
  '--network',
  '--net',
  '-w',
  '--workdir',
  '-u',
  '--user',
  '--platform',
  '--entrypoint',
  '-l',
  '--label',
  '--add-host',
  '--cpus',
  '-m',
  '--memory',
  '--pull',
  '--restart',
  '--runtime',
  '--hostname',
  '-h',
  '--cap-add',
  '--cap-drop',
  '--security-opt',
  '--tmpfs',
  '--ulimit',
  '--device',
  '--gpus',
  '--ipc',
  '--pid',
  '--log-driver',
  '--dns',
]);
/** Flags of npx/uvx/pipx that take a value. */
const RUNNER_VALUE_FLAGS = new Set([
  '-p',
  '--package',
  '--from',
  '--with',
  '--python',
  '--registry',
  '--cache',
  '--index-url',
  '--spec',
]);

/** The program's name: the last part of its path (`/` or `\\`), without `.cmd` or `.exe`. */
const base = (t: string): string => {
  const name = t.slice(Math.max(t.lastIndexOf('/'), t.lastIndexOf('\\')) + 1);
  return /\.(?:cmd|exe)$/i.test(name) ? name.slice(0, -4) : name;
};

/** The package a server's argv runs; read-only, and asked once per argv whatever the number of checks. */
export function packageOf(argv: readonly ArgToken[]): Readonly<PackageRef> | undefined {
  if (packages.has(argv)) return packages.get(argv);
  const ref = findPackage(argv);
  packages.set(argv, ref);
  return ref;
}

const packages = new WeakMap<readonly ArgToken[], PackageRef | undefined>();

function findPackage(argv: readonly ArgToken[]): PackageRef | undefined {
  for (let i = 0; i < argv.length; i++) {
    const n = base(argv[i]!.text);
    if (n === 'npx' || n === 'bunx') return npmSpec(argv, i + 1);
    if ((n === 'pnpm' || n === 'yarn') && argv[i + 1]?.text === 'dlx') return npmSpec(argv, i + 2);
    if (n === 'npm' && argv[i + 1]?.text === 'exec') return npmSpec(argv, i + 2);
    if (n === 'uvx' || n === 'pipx') return pySpec(argv, n === 'pipx' && argv[i + 1]?.text === 'run' ? i + 2 : i + 1);
    if ((n === 'docker' || n === 'podman') && argv[i + 1]?.text === 'run') return imageSpec(argv, i + 2);
    // Only the first token is the program; a wrapper such as `cmd /c npx` is followed through.
    if (!['cmd', '/c', 'env', 'sh', '-c'].includes(n) && i > 0) break;
  }
  return undefined;
}

function firstOperand(argv: readonly ArgToken[], from: number, valueFlags: ReadonlySet<string>): ArgToken | undefined {
  for (let i = from; i < argv.length; i++) {
    const t = argv[i]!.text;
    if (t === '--') return argv[i + 1];
    if (!t.startsWith('-')) return argv[i];
    if (valueFlags.has(t)) i++;
  }
  return undefined;
}

function npmSpec(argv: readonly ArgToken[], from: number): PackageRef | undefined {
  // `--package=pkg@1` / `-p pkg@1` name the package explicitly.
  for (let i = from; i < argv.length; i++) {
    const t = argv[i]!.text;
    const eq = /^--package=(.+)$/.exec(t);
    if (eq) return npmRef(eq[1]!, { ...argv[i]!, from: argv[i]!.from + 10 });
    if ((t === '-p' || t === '--package') && argv[i + 1]) return npmRef(argv[i + 1]!.text, argv[i + 1]!);
  }
  const token = firstOperand(argv, from, RUNNER_VALUE_FLAGS);
  return token ? npmRef(token.text, token) : undefined;
}

function npmRef(spec: string, token: ArgToken): PackageRef {
  const at = spec.indexOf('@', spec.startsWith('@') ? 1 : 0);
  if (at <= 0) return { ecosystem: 'npm', name: spec, token };
  return { ecosystem: 'npm', name: spec.slice(0, at), version: spec.slice(at + 1), token };
}

function pySpec(argv: readonly ArgToken[], from: number): PackageRef | undefined {
  for (let i = from; i < argv.length; i++) {
    if (argv[i]!.text === '--from' && argv[i + 1]) return pyRef(argv[i + 1]!.text, argv[i + 1]!);
  }
  const token = firstOperand(argv, from, RUNNER_VALUE_FLAGS);
  return token ? pyRef(token.text, token) : undefined;
}

function pyRef(spec: string, token: ArgToken): PackageRef {
  const m = /^([A-Za-z0-9_.\-[\]]+?)(?:==|@)(.+)$/.exec(spec);
  return m ? { ecosystem: 'pypi', name: m[1]!, version: m[2]!, token } : { ecosystem: 'pypi', name: spec, token };
}

function imageSpec(argv: readonly ArgToken[], from: number): PackageRef | undefined {
  const token = firstOperand(argv, from, DOCKER_VALUE_FLAGS);
  if (!token) return undefined;
  const spec = token.text;
  const digest = spec.indexOf('@');
  if (digest > 0) return { ecosystem: 'docker', name: spec.slice(0, digest), version: spec.slice(digest + 1), token };
  // A tag follows the last colon after the last slash (a colon before it is a registry port).
  const colon = spec.lastIndexOf(':');
  if (colon > spec.lastIndexOf('/'))
    return { ecosystem: 'docker', name: spec.slice(0, colon), version: spec.slice(colon + 1), token };
  return { ecosystem: 'docker', name: spec, token };
}
