/**
 * A file version read whole from git (a blob) as a scan unit whose findings are limited to the
 * lines a change adds: rules and the MCP analysis see the full document, the report shows only
 * what the change introduced. Also the way in for every file git's diff calls binary (a
 * `-diff`/`binary` attribute, UTF-16, a stray NUL, a file over `core.bigFileThreshold`): the
 * blobs are decoded here, by the decoder every source shares, never trusted to git's verdict.
 */
import type { BlobResult } from './blob-reader.js';
import { decodeFile, isLfsPointer } from './decode.js';
import type { FilePatch } from './patch.js';
import type { SourceItem } from './types.js';

export type VersionOrigin = 'staged' | 'commit';

/** Object ids to read for `f`: its new version, and for a binary patch the old ones too. */
export function blobsToRead(f: FilePatch): string[] {
  if (!f.newBlob) return [];
  return f.binary ? [f.newBlob, ...f.oldBlobs] : [f.newBlob];
}

/**
 * The unit for `f`'s new version. For a text patch the added lines are the patch's; for a binary
 * one (git showed no lines) they are the lines of the new version that no old version holds.
 * Undefined when nothing was added.
 */
export function versionItem(
  f: FilePatch,
  blobs: ReadonlyMap<string, BlobResult>,
  origin: VersionOrigin,
): SourceItem | undefined {
  const result = f.newBlob ? blobs.get(f.newBlob) : undefined;
  if (!result || result.kind === 'missing')
    return { kind: 'error', path: f.path, message: `cannot read the ${origin} version of ${f.path}` };
  if (result.kind === 'too-large')
    return { kind: 'error', path: f.path, message: `${f.path} is too large to scan (${result.size} bytes)` };
  const decoded = decodeFile(f.path, result.data);
  if (decoded.kind === 'binary') return { kind: 'skipped', path: f.path, reason: 'binary' };
  if (isLfsPointer(decoded.text)) return { kind: 'skipped', path: f.path, reason: 'lfs-pointer' };
  const reportLines = f.binary ? linesNotIn(decoded.text, oldTexts(f, blobs)) : new Set(f.added.map((a) => a.line));
  if (reportLines.size === 0) return undefined;
  return {
    kind: 'unit',
    unit: { path: f.path, text: decoded.text, origin, reportLines, ...(f.meta ? { meta: f.meta } : {}) },
    bytes: result.data.length,
  };
}

function oldTexts(f: FilePatch, blobs: ReadonlyMap<string, BlobResult>): string[] {
  const out: string[] = [];
  for (const id of f.oldBlobs) {
    const r = blobs.get(id);
    if (r?.kind !== 'blob') continue; // an unreadable old version only makes more lines new
    const d = decodeFile(f.path, r.data);
    if (d.kind === 'text') out.push(d.text);
  }
  return out;
}

/**
 * 1-based numbers of the lines of `text` that none of `olds` holds. A line that only moved is not
 * new content, so a set (linear) serves where a line diff would be slower and no more useful.
 */
export function linesNotIn(text: string, olds: readonly string[]): Set<number> {
  const known = new Set<string>();
  for (const old of olds) for (const l of old.split(/\r?\n/)) known.add(l);
  const out = new Set<number>();
  text.split(/\r?\n/).forEach((l, i) => {
    if (!known.has(l) && l.length > 0) out.add(i + 1);
  });
  return out;
}
