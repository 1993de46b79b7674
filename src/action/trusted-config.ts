/**
 * The config and baseline a scan obeys. On a pull request they come from the base commit: a pull
 * request is data to scan, and must not be able to switch a rule off or baseline its own secret.
 * When the pull request changes them, a notice says the base's were used.
 */
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { CONFIG_FILE_NAMES, resolveConfig, type ResolvedConfig } from '../core/config.js';
import { configFromText, InputError, loadConfig } from '../runtime/config-file.js';
import { readBlobs } from '../sources/blob-reader.js';
import { git } from '../sources/git.js';

export interface ScanRules {
  config: ResolvedConfig;
  baselinePath?: string;
  notices: string[];
}

/** A path inside the repository, `/`-separated, or undefined when it points outside it. */
function inRepo(root: string, file: string): string | undefined {
  const rel = path.relative(root, path.resolve(root, file));
  if (!rel || rel.startsWith('..') || path.isAbsolute(rel)) return undefined;
  return rel.split(path.sep).join('/');
}

/** From the work tree, as the CLI does (pushes, schedules: the checked-out commit is trusted). */
export async function rulesFromWorkTree(root: string, config?: string, baseline?: string): Promise<ScanRules> {
  return {
    config: await loadConfig(root, config && path.resolve(root, config)),
    ...(baseline ? { baselinePath: path.resolve(root, baseline) } : {}),
    notices: [],
  };
}

/** From the commit `base`; files outside the repository are read from disk (the PR cannot change them). */
export async function rulesFromCommit(
  root: string,
  base: string,
  head: string,
  opts: { config?: string; baseline?: string },
): Promise<ScanRules> {
  const configFiles = opts.config ? [inRepo(root, opts.config)] : [...CONFIG_FILE_NAMES];
  const baselineFile = opts.baseline ? inRepo(root, opts.baseline) : undefined;
  const names = [...configFiles, baselineFile].filter((n): n is string => n !== undefined);
  const at = (commit: string): Promise<Map<string, Buffer>> => filesAt(root, commit, names);
  const [old, proposed] = [await at(base), await at(head)];
  const notices: string[] = [];
  for (const name of names) {
    const a = old.get(name);
    const b = proposed.get(name);
    if (a && b && a.equals(b)) continue;
    if (!a && !b) continue;
    const change = !a ? 'adds' : !b ? 'deletes' : 'changes';
    notices.push(
      `This pull request ${change} \`${name}\`: the scan used the base commit's ${a ? 'version' : 'settings (it has no such file)'}, because a pull request cannot change the rules it is checked by.`,
    );
  }

  let config: ResolvedConfig;
  const explicit = configFiles[0];
  if (opts.config && explicit === undefined) {
    config = await loadConfig(root, path.resolve(root, opts.config));
  } else {
    const found = configFiles.find((n) => n !== undefined && old.has(n));
    if (found) config = configFromText(old.get(found)!.toString('utf8'), `${found} (at ${base.slice(0, 12)})`);
    else if (opts.config && !proposed.has(explicit!))
      throw new InputError(`cannot read config ${opts.config}: not in the base commit ${base.slice(0, 12)}`);
    else config = resolveConfig(undefined);
  }

  let baselinePath: string | undefined;
  if (opts.baseline && baselineFile === undefined) baselinePath = path.resolve(root, opts.baseline);
  else if (baselineFile) {
    const text = old.get(baselineFile);
    if (text) {
      const dir = await mkdtemp(path.join(process.env['RUNNER_TEMP'] || tmpdir(), 'mcp-leak-guard-'));
      baselinePath = path.join(dir, path.basename(baselineFile));
      await writeFile(baselinePath, text);
    } else if (!proposed.has(baselineFile)) {
      throw new InputError(`cannot read baseline ${opts.baseline}: not in the base commit ${base.slice(0, 12)}`);
    }
  }
  return { config, ...(baselinePath ? { baselinePath } : {}), notices };
}

/** The contents of those of `files` that exist in `commit`, by path. */
async function filesAt(root: string, commit: string, files: readonly string[]): Promise<Map<string, Buffer>> {
  const out = new Map<string, Buffer>();
  if (files.length === 0) return out;
  const ids = new Map<string, string>();
  // `<mode> <type> <id>\t<path>` per existing path, NUL-terminated.
  for (const entry of (await git(root, ['ls-tree', '-z', commit, '--', ...files])).split('\0')) {
    const m = /^\d+ blob ([0-9a-f]+)\t(.*)$/s.exec(entry);
    if (m) ids.set(m[2]!, m[1]!);
  }
  const blobs = await readBlobs(root, [...ids.values()]);
  for (const [file, id] of ids) {
    const blob = blobs.get(id);
    if (blob?.kind !== 'blob')
      throw new InputError(`cannot read ${file} at ${commit.slice(0, 12)}: ${blob?.kind ?? 'missing'}`);
    out.set(file, blob.data);
  }
  return out;
}
