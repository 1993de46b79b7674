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

/** One paragraph: revoke, rotate, reference instead. */
export function remediationFor(provider: string | undefined, referenceHint?: string): string {
  const p = providerInfo(provider);
  const revoke = p.revokeUrl ? `Revoke it now at ${p.revokeUrl}` : `Revoke it now with ${p.name}`;
  const parts = [
    `${revoke} and issue a replacement with the narrowest scope.`,
    p.note,
    'Remove it from the file (and from git history if it was pushed).',
    referenceHint ?? 'Load it from an environment variable or a secret manager instead of writing it in the file.',
  ];
  return parts.filter(Boolean).join(' ');
}
