import type { SkipReason } from '../core/result.js';
import type { RawFinding, ScanUnit } from '../core/types.js';

/** What a source yields: text to scan, a file passed over (and why), or a failure to read. */
export type SourceItem =
  | { kind: 'unit'; unit: ScanUnit; bytes: number }
  | { kind: 'skipped'; path: string; reason: SkipReason }
  | { kind: 'error'; path: string; message: string };

export interface ScanSource {
  /** A short description for logs and the report header, e.g. `worktree .` or `diff a..b`. */
  readonly label: string;
  items(): AsyncIterable<SourceItem>;
  /**
   * The same items in batches, for sources that yield very many small ones (a history's file
   * versions): the scan loop then awaits once per batch rather than once per item.
   */
  itemBatches?(): AsyncIterable<readonly SourceItem[]>;
  /**
   * Files that can be read and scanned independently (the working tree), so the runtime may
   * spread them over worker threads. Sources without it are scanned in order on one thread.
   */
  readonly files?: { base: string; paths: readonly string[] };
  /** What this source could not see (a shallow clone's missing history), said in every report. */
  readonly incomplete?: string;
  /** Inputs that could not even be listed (an unreadable folder): scan failures, however scanned. */
  readonly failures?: readonly { path: string; message: string }[];
  /** Adds what only the source knows to the final findings (ages, presence at HEAD). */
  annotate?(findings: RawFinding[]): Promise<void>;
}
