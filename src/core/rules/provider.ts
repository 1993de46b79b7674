/**
 * What this project knows about a credential's issuer: one record per provider, declared by the rule
 * family (or the preset mapping) that finds its credentials, so every fact about a provider sits
 * beside the rules for it. Remediation, incident plans and audits read these records.
 */
export interface ProviderFacts {
  name: string;
  /** The page where the credential is revoked or rotated; '' when there is none. */
  revokeUrl: string;
  /** Extra provider-specific advice (how to rotate), one sentence. */
  note?: string;
  /** Where to check what the credential was used for (a URL, or where to find it). */
  auditLog?: string;
  // How to ask the provider whether a credential is live is code, not data: src/verify/providers/,
  // one module per provider, keyed by the same id.
}

/** Provider records keyed like `SecretRuleSpec.provider`. */
export type ProviderTable = Readonly<Record<string, ProviderFacts>>;
