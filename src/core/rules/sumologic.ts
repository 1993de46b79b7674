/**
 * Sumo Logic access keys. An access key is a 14-character access ID (`su` + 12) and a 64-character
 * access key; the ID alone is an identifier and never reported (see `pairs.ts`).
 */
import type { RuleFamily } from './define.js';
import { keyedRule } from './keyed-rule.js';
import { pairRule } from './pairs.js';

const SUMO = '(?:sumo[_.-]?logic|sumo)';
const mixed = (s: string): boolean => /\d/.test(s) && /[a-z]/.test(s) && /[A-Z]/.test(s);

const accessKey = keyedRule({
  id: 'sumologic-access-key',
  title: 'Sumo Logic access key',
  provider: 'sumologic',
  keywords: ['sumo'],
  word: SUMO,
  kind: '(?:access[_.-]?)?(?:key|secret|token)',
  value: '[A-Za-z0-9]{64}',
  key: 'SUMOLOGIC_ACCESS_KEY',
  near: [String.raw`[A-Za-z0-9]{32}`, String.raw`x{64}`],
  minEntropy: 4,
  validate: mixed,
  peers: { gitleaks: ['sumologic-access-token'], trufflehog: ['sumologickey'] },
});

export const sumologic: RuleFamily = {
  id: 'sumologic',
  providers: {
    sumologic: {
      name: 'Sumo Logic',
      revokeUrl: '',
      note: 'Delete the access key under Administration > Security > Access Keys (or Preferences > My Access Keys) of your Sumo Logic deployment, and create a new one.',
    },
  },
  rules: [
    accessKey,
    pairRule(accessKey, {
      id: 'sumologic-access-pair',
      title: 'Sumo Logic access ID and key pair',
      idKey: { provider: SUMO, kind: 'access[_.-]?id', value: 'su[A-Za-z0-9]{12}' },
      covers: ['sumologic-access-id'],
      trufflehog: ['sumologickey'],
      samples: {
        found: [
          String.raw`SUMO_ACCESS_ID=su[a-z][A-Z][0-9][A-Za-z0-9]{9}\nSUMO_ACCESS_KEY=[a-z][A-Z][0-9][A-Za-z0-9]{61}`,
          String.raw`sumologic:\n  accessKey: "[a-z][A-Z][0-9][A-Za-z0-9]{61}"\n  accessId: "su[a-z][A-Z][0-9][A-Za-z0-9]{9}"`,
        ],
        notFound: [
          String.raw`SUMO_ACCESS_ID=su[a-z][A-Z][0-9][A-Za-z0-9]{9}`,
          String.raw`SUMO_ACCESS_KEY=[a-z][A-Z][0-9][A-Za-z0-9]{61}`,
        ],
      },
    }),
  ],
};
