/**
 * Splitting an organisation over CI jobs: repositories are dealt, largest first, to the shard that
 * holds the least so far (longest-processing-time first), so shards finish at about the same time.
 * The plan is a pure function of the list, so `org scan --shard K/N` recomputes the same shard.
 */
import type { RepoRef } from './types.js';

/** GitHub Actions runs at most 256 jobs from one matrix. */
export const MAX_SHARDS = 256;

export interface Shard {
  /** 1-based. */
  index: number;
  total: number;
  repos: RepoRef[];
  sizeKb: number;
}

/** Every repository lands in exactly one shard; a shard is empty only when there are fewer repositories than shards. */
export function planShards(repos: readonly RepoRef[], wanted: number): Shard[] {
  const total = Math.max(1, Math.min(wanted, MAX_SHARDS));
  const shards: Shard[] = Array.from({ length: total }, (_, i) => ({ index: i + 1, total, repos: [], sizeKb: 0 }));
  // A repository of unknown size still costs a clone and a rev-list: count it as 1 KiB.
  const order = [...repos].sort((a, b) => b.sizeKb - a.sizeKb || a.name.localeCompare(b.name));
  for (const repo of order) {
    let least = shards[0]!;
    for (const s of shards)
      if (s.sizeKb < least.sizeKb || (s.sizeKb === least.sizeKb && s.repos.length < least.repos.length)) least = s;
    least.repos.push(repo);
    least.sizeKb += Math.max(repo.sizeKb, 1);
  }
  for (const s of shards) s.repos.sort((a, b) => a.name.localeCompare(b.name));
  return shards;
}

/** `K/N` with 1 <= K <= N <= 256; undefined when the text is not of that shape. */
export function parseShard(text: string): { index: number; total: number } | undefined {
  const m = /^(\d{1,3})\/(\d{1,3})$/.exec(text);
  if (!m) return undefined;
  const index = Number(m[1]);
  const total = Number(m[2]);
  if (total < 1 || total > MAX_SHARDS || index < 1 || index > total) return undefined;
  return { index, total };
}

/** The matrix `org plan` prints, for `strategy.matrix: ${{ fromJSON(...) }}`. */
export function matrixOf(shards: readonly Shard[]): { include: { shard: string; repos: string; sizeKb: number }[] } {
  return {
    include: shards
      .filter((s) => s.repos.length > 0)
      .map((s) => ({ shard: `${s.index}/${s.total}`, repos: s.repos.map((r) => r.name).join(','), sizeKb: s.sizeKb })),
  };
}
