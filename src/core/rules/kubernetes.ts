/**
 * Kubernetes Secret manifests. A Secret's `data` entries are base64 of whatever it holds (passwords,
 * keys, registry credentials): nothing in a value's shape says credential, but a committed
 * `kind: Secret` manifest with `data` is the secret itself. One finding per `data` entry, only in a
 * YAML document whose `kind` is `Secret` (not `ExternalSecret`, `SealedSecret`, a `Pod` that mounts
 * one). `stringData` holds plain text, which the provider and generic rules read as they are.
 */
import { isFalsePositiveValue, isIntroducedAsExample } from '../placeholders.js';
import type { RuleFamily } from './define.js';

/**
 * A data value that is a stand-in, judged without its runs of `A`: in base64 those are zero
 * bytes, common in binary keys and certificates (a run of seven reads as a placeholder elsewhere).
 * What is left must still be long and random.
 */
function isStandInData(value: string): boolean {
  const rest = value.replace(/=+$/, '').replace(/A{4,}/g, '');
  return rest.length < 12 || isFalsePositiveValue(rest);
}

/**
 * An entry of a mapping, indented: its key, then a base64 value on the same line or, after a `|`
 * or `>` block indicator, on the next one. Whether the mapping is `data:` of a Secret is checked
 * by `inSecretData`.
 */
const DATA_ENTRY =
  /^(?<indent>[ \t]+)["']?[\w.-]{1,253}["']?:[ \t]*(?:[|>][-+]?[ \t]*\r?\n[ \t]+)?["']?(?<secret>[A-Za-z0-9+/]{12,}={0,2})["']?[ \t]*\r?$/m;

/** `kind: Secret` as a line of its own (any case, quoted or not). */
const KIND_SECRET = /^[ \t]*kind:[ \t]*["']?secret["']?[ \t]*(?:#.*)?\r?$/im;

/** How far up (characters) an entry's mapping key is looked for: a Secret's data block, not a whole file. */
const LOOK_BACK = 64 * 1024;

/**
 * Whether the YAML document around `at` (from the `---` line before it to the one after it) is a
 * Secret. Documents already judged in the same text are remembered, so a manifest of many entries
 * reads its document once.
 */
function inSecretDocument(text: string, at: number): boolean {
  const before = text.lastIndexOf('\n---', at);
  const start = before < 0 ? 0 : before + 4;
  if (judged.text !== text) judged = { text, docs: new Map() };
  let verdict = judged.docs.get(start);
  if (verdict === undefined) {
    const after = text.indexOf('\n---', at);
    verdict = KIND_SECRET.test(text.slice(start, after < 0 ? text.length : after));
    judged.docs.set(start, verdict);
  }
  return verdict;
}
let judged: { text: string; docs: Map<number, boolean> } = { text: '', docs: new Map() };

/**
 * Whether the entry at `m` is one of the `data:` (or `binaryData:`) mapping's: the nearest line
 * above it indented less, comments and blank lines aside, is that key, and the document is a Secret.
 */
function inSecretData(m: RegExpExecArray): boolean {
  const text = m.input;
  const indent = m.groups?.['indent']?.length ?? 0;
  let end = m.index - 1;
  const stop = Math.max(0, m.index - LOOK_BACK);
  while (end > stop) {
    const start = text.lastIndexOf('\n', end - 1) + 1;
    const line = text.slice(start, end).replace(/\r$/, '');
    end = start - 1;
    if (/^\s*(?:#.*)?$/.test(line)) continue;
    const lead = /^[ \t]*/.exec(line)![0].length;
    if (lead >= indent) continue;
    if (!/^[ \t]*(?:data|binaryData):[ \t]*(?:#.*)?$/.test(line)) return false;
    return inSecretDocument(text, m.index);
  }
  return false;
}

export const kubernetes: RuleFamily = {
  id: 'kubernetes',
  providers: {
    kubernetes: {
      name: 'Kubernetes',
      revokeUrl: '',
      note: 'Rotate each credential the Secret holds at its issuer, then keep the manifest out of the repository (Sealed Secrets, External Secrets or SOPS) and purge it from the history.',
    },
  },
  rules: [
    {
      id: 'kubernetes-secret-data',
      title: 'Kubernetes Secret data value',
      provider: 'kubernetes',
      // What every finding needs: `kind: Secret` in its document. `kind:` alone is in most TypeScript.
      keywords: ['secret'],
      // The pattern reads every indented `key: value` line, and `secret` is in most code: a text
      // that nowhere says `kind: Secret` (what KIND_SECRET asks of a document, unanchored) is not read.
      needs: /kind:[ \t]*["']?secret/i,
      pattern: DATA_ENTRY,
      // Below provider rules: a token the value decodes to is reported by its own rule.
      priority: 5,
      // The shared placeholder filter reads base64's zero bytes as a run: isStandInData instead.
      allowPlaceholders: true,
      validate: (secret, m) =>
        !isStandInData(secret) && !isIntroducedAsExample(m.input, m.index + m[0].indexOf(secret)) && inSecretData(m),
      format: String.raw`apiVersion: v1\nkind: Secret\nmetadata:\n  name: [a-z]{6,12}\ntype: Opaque\ndata:\n  password: [A-Za-z0-9+/]{31}=`,
      samples: {
        found: [
          String.raw`apiVersion: v1\nkind: Secret\nmetadata:\n  name: [a-z]{6,12}\ntype: Opaque\ndata:\n  password: [A-Za-z0-9+/]{31}=`,
          // Tab-indented entries, and a binary value starting with zero bytes.
          String.raw`apiVersion: v1\nkind: Secret\ndata:\n\tpassword: A{10}[B-Z][A-Za-z0-9+/]{60}=`,
          String.raw`apiVersion: v1\ndata:\n  # the registry login\n  \.dockerconfigjson: \|\n    [A-Za-z0-9+/]{40}\nkind: "Secret"\nmetadata:\n  name: [a-z]{6,12}`,
        ],
        notFound: [
          // Another kind that merely has `data` (a ConfigMap), or a Secret whose values are too short or not base64.
          String.raw`apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: [a-z]{6,12}\ndata:\n  settings: [A-Za-z0-9+/]{31}=`,
          String.raw`apiVersion: v1\nkind: ExternalSecret\nmetadata:\n  name: [a-z]{6,12}\ndata:\n  password: [A-Za-z0-9+/]{31}=`,
          String.raw`apiVersion: v1\nkind: Secret\nmetadata:\n  name: [a-z]{6,12}\ndata:\n  password: [A-Za-z0-9+/]{6}==`,
          String.raw`apiVersion: v1\nkind: Secret\nmetadata:\n  name: [a-z]{6,12}\ndata:\n  password: \{\{ \.Values\.password \| b64enc \}\}`,
          // The Secret in the next document, the value under `metadata`.
          String.raw`kind: ConfigMap\ndata:\n  settings: [A-Za-z0-9+/]{31}=\n---\nkind: Secret\nmetadata:\n  name: [a-z]{6,12}`,
          String.raw`kind: Secret\nmetadata:\n  annotations:\n    checksum: [A-Za-z0-9+/]{40}`,
          // Zero bytes alone, or a placeholder once they are set aside.
          String.raw`kind: Secret\ndata:\n  password: A{40}==`,
          String.raw`kind: Secret\ndata:\n  password: A{12}x{20}==`,
        ],
      },
      peers: { gitleaks: ['kubernetes-secret-yaml'] },
    },
  ],
};
