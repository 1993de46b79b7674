/**
 * Large working-tree scans spread over worker threads: each worker reads and scans chunks of
 * files with its own engine and sends back only results (findings, notes, MCP summaries), never
 * file contents. The main thread scans chunks too, so every core is busy.
 *
 * Workers run the bundle itself (`dist/cli.js` becomes a worker when its worker data says so), so
 * this path exists only in the bundle; run from the sources (tests), scans stay on one thread.
 */
import { availableParallelism } from 'node:os';
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import type { Engine, UnitResult } from '../core/engine.js';
import type { SourceItem } from '../sources/types.js';
import { readOne } from '../sources/worktree.js';
import { loadConfig } from './config-file.js';
import { createEngine } from './create-engine.js';

const SCAN_WORKER = 'mcp-leak-guard/scan-worker';
/** Below this many files a thread's start-up (a bundle load and an engine) costs more than it saves. */
export const MIN_PARALLEL_FILES = 1000;
const CHUNK = 64;
/** Chunks a worker is given before it has sent any back. */
const AHEAD = 2;

/** A scanned item as it crosses threads: the item without its text, and the engine's result. */
export type Outcome =
  { kind: 'unit'; path: string; bytes: number; result: UnitResult } | Exclude<SourceItem, { kind: 'unit' }>;

export interface ConfigLocation {
  root: string;
  explicit?: string;
  /** The fingerprints' salt (from the baseline), so workers' fingerprints match the main thread's. */
  fingerprintSalt?: string;
}

let entry: URL | undefined;

/** Called by the bundle's entry with its own URL, which workers then run. */
export function enableWorkers(url: URL): void {
  entry = url;
}

/** How many worker threads a scan of `files` files should start (0: scan on this thread). */
export function workerCount(files: number, env: Readonly<Record<string, string | undefined>> = process.env): number {
  if (!entry || files < MIN_PARALLEL_FILES) return 0;
  const asked = env['MCP_LEAK_GUARD_THREADS'];
  const cores = asked !== undefined && /^\d+$/.test(asked) ? Number(asked) : availableParallelism();
  return Math.max(0, Math.min(cores - 1, 7));
}

/** The bundle this process runs from (set by its entry), for features that start it again as a child process. */
export function bundleEntry(): URL | undefined {
  return entry;
}

export async function scanOne(engine: Engine, base: string, rel: string): Promise<Outcome> {
  const item = await readOne(base, rel);
  if (item.kind !== 'unit') return item;
  return { kind: 'unit', path: rel, bytes: item.bytes, result: await engine.scan(item.unit) };
}

/**
 * Scans `paths` on `workers` threads plus this one, calling `onOutcome` for each file as results
 * arrive (in no particular order). A failing worker fails the scan.
 */
export async function scanInParallel(
  engine: Engine,
  base: string,
  paths: readonly string[],
  workers: number,
  config: ConfigLocation,
  onOutcome: (o: Outcome) => void,
): Promise<void> {
  const chunks: string[][] = [];
  for (let i = 0; i < paths.length; i += CHUNK) chunks.push(paths.slice(i, i + CHUNK));
  let next = 0;
  const threads = Array.from({ length: workers }, () => {
    const w = new Worker(entry!, { workerData: { [SCAN_WORKER]: { base, config } } });
    return new Promise<void>((resolve, reject) => {
      let finished = false;
      let inFlight = 0;
      // Each worker holds up to AHEAD chunks: the next one is already there when it finishes one,
      // instead of waiting for this thread to come back from a chunk of its own (a 9 MB file).
      const feed = (): void => {
        while (inFlight < AHEAD && next < chunks.length) {
          w.postMessage(chunks[next++]);
          inFlight++;
        }
        if (inFlight === 0 && !finished) {
          finished = true;
          void w.terminate().then(() => resolve());
        }
      };
      w.on('message', (outcomes: Outcome[] | 'ready') => {
        if (outcomes !== 'ready') {
          inFlight--;
          outcomes.forEach(onOutcome);
        }
        feed();
      });
      w.on('error', reject);
      w.on('exit', (code) => {
        if (!finished) reject(new Error(`a scan worker stopped early (exit ${code})`));
      });
    });
  });
  // This thread takes chunks too, yielding between them so the workers' messages are handled.
  const own = (async () => {
    while (next < chunks.length) {
      for (const rel of chunks[next++]!) onOutcome(await scanOne(engine, base, rel));
      await new Promise((r) => setImmediate(r));
    }
  })();
  await Promise.all([own, ...threads]);
}

/** The worker side: an engine like the main thread's, then chunks scanned as they come. */
export async function runScanWorker(): Promise<boolean> {
  if (isMainThread || !parentPort) return false;
  const data = (workerData as Record<string, { base: string; config: ConfigLocation }> | undefined)?.[SCAN_WORKER];
  if (!data) return false;
  const port = parentPort;
  const engine = createEngine(await loadConfig(data.config.root, data.config.explicit));
  engine.setFingerprintSalt(data.config.fingerprintSalt);
  // Chunks are scanned one after another, in the order they came.
  let queue = Promise.resolve();
  port.on('message', (chunk: string[]) => {
    queue = queue.then(async () => {
      const out: Outcome[] = [];
      for (const rel of chunk) out.push(await scanOne(engine, data.base, rel));
      port.postMessage(out);
    });
  });
  port.postMessage('ready');
  return true;
}
