/**
 * What to do when a credential leaks: where to revoke it, how to rotate it, and how to reference it
 * instead of pasting it, from the provider facts the rule families declare (`rules/provider.ts`).
 */
import { providerTable } from './rules/index.js';
import type { ProviderFacts } from './rules/provider.js';

export type ProviderRemediation = ProviderFacts;

/** A provider's facts; the generic entry for an unknown or missing key. */
export function providerInfo(provider: string | undefined): ProviderRemediation {
  const table = providerTable();
  return table.get(provider ?? 'generic') ?? table.get('generic')!;
}

/**
 * One paragraph: revoke, rotate, reference instead. A file of thousands of findings asks for the
 * same few paragraphs thousands of times: each is built once and shared.
 */
export function remediationFor(provider: string | undefined, referenceHint?: string): string {
  let byHint = built.get(provider ?? '');
  if (!byHint) built.set(provider ?? '', (byHint = new Map()));
  let text = byHint.get(referenceHint ?? '');
  if (text === undefined) {
    // Hints name a variable, so a long history can hold many: the memory stays bounded.
    if (byHint.size >= MAX_BUILT) byHint.clear();
    byHint.set(referenceHint ?? '', (text = buildRemediation(provider, referenceHint)));
  }
  return text;
}

const built = new Map<string, Map<string, string>>();
const MAX_BUILT = 1000;

function buildRemediation(provider: string | undefined, referenceHint: string | undefined): string {
  const p = providerInfo(provider);
  // Without a page to revoke it at (a database password, a self-hosted server's token), say where.
  const revoke = p.revokeUrl ? `Revoke it now at ${p.revokeUrl}` : `Revoke it now where it was issued (${p.name})`;
  const parts = [
    `${revoke} and issue a replacement with the narrowest scope.`,
    p.note,
    'Remove it from the file (and from git history if it was pushed).',
    referenceHint ?? 'Load it from an environment variable or a secret manager instead of writing it in the file.',
  ];
  return parts.filter(Boolean).join(' ');
}

/** For a credential only in the history: gone from HEAD, still live until revoked; how to purge. */
export function historyOnlyRemediation(provider: string | undefined, file: string): string {
  const p = providerInfo(provider);
  const revoke = p.revokeUrl ? `revoke it at ${p.revokeUrl}` : `revoke it where it was issued (${p.name})`;
  return [
    `It is gone from ${file} at HEAD but stays in the git history, where anyone with a clone can read it: ${revoke} and issue a replacement.`,
    p.note,
    `Purging the history is optional once it is revoked: git filter-repo --replace-text (rewrites every later commit; every clone must re-fetch).`,
  ]
    .filter(Boolean)
    .join(' ');
}
