/** Test generators for the rules in src/core/rules/kubernetes.ts (see ./random.ts). */
import { randomBytes } from './random.js';

/** Base64 of `n` random bytes, as a Secret's `data` holds a value. */
export const secretValue = (seed: string, n = 24): string => randomBytes(n, `k8s:${seed}`).toString('base64');

/** A Secret manifest whose `data` holds `entries` (key -> base64 value). */
export function secretManifest(entries: Readonly<Record<string, string>>, kind = 'Secret'): string {
  const data = Object.entries(entries).map(([k, v]) => `  ${k}: ${v}`);
  return [
    'apiVersion: v1',
    `kind: ${kind}`,
    'metadata:',
    '  name: app-credentials',
    'type: Opaque',
    'data:',
    ...data,
    '',
  ].join('\n');
}

/** Base64 of a binary value that opens with zero bytes (a DER key, a nonce): a run of `A`s, then random. */
export const zeroLedValue = (seed: string, zeros = 8, n = 60): string =>
  Buffer.concat([Buffer.alloc(zeros), randomBytes(n, `k8s:${seed}`)]).toString('base64');
