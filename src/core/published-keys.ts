/**
 * Keys and passwords published as examples or test fixtures in public SDK sources and vendor
 * documentation: anyone can read them, so reporting one tells a user nothing (gitleaks and
 * trufflehog keep such known-example lists too). Kept as the SHA-256 of the value, never the value,
 * so this repository holds none of them and scans clean; each list names where its values are
 * published. Only values of a listed length are hashed, so a scan hashes almost nothing.
 */
import { createHash } from 'node:crypto';

export interface PublishedList {
  /** Where the values are published, for a reader to check. */
  where: string;
  /** Length of every value in the list. */
  length: number;
  /** SHA-256 of each value, lower-case hex. */
  sha256: readonly string[];
}

export const PUBLISHED_LISTS: readonly PublishedList[] = [
  {
    where:
      'Google API keys (AIza...) in the sources of github.com/firebase/firebase-android-sdk: test fixtures ' +
      '(firebase-installations, firebase-messaging, firebase-perf, firebase-common, firebase-appdistribution, ' +
      'firebase-dataconnect google-services.json), the FirebaseOptions doc comment, and two fixtures its history held',
    length: 39,
    sha256: [
      '0b476bdf9acf2123d547b5ae76f1e59884d8ec9553ee0c47e9f31fd4768f3f3c',
      '2037abcaffb2b77785da716cf7ccff4ff4d00c4ea930db0167b7d71f50af7eb4',
      '27a9a42931dff7eb2f8434e20a9bce976ea364e7bee49187f19d5cfeca9c7045',
      '37f8f09bdf12c2f2eae4ead7273a62ddb0c23459cbf902892f282b57f7ed6619',
      '3a8b61d0f636b007840c0d40ba12bcf48465dc054cdc1a68704a33521d84b665',
      '49f777db995e8260da7ca9ffdf0c08d66f0453e97ec967018baf2cdfe3b582d0',
      '4c98242dcadc8b29005c6b4aad526552d5ea1842149154c0694adeec75847583',
      '6ca6473b42d9c17e9059568aa166fa8b542a90ec4b6c38f25ab55d2be31c12e0',
      '8731261cb72d86267a32a532ebd3df429e2144e5e4ced7e13568bc9e6c8fb1b1',
      'a19f89ab3555eac10c40741f6df79ecf0935998f15569f8db9d67bce0181fff6',
      'a6c814bc555ae62c7bd8b58ec07bf559c7ed3a009976a1e0acc9cef0d4473b41',
      'dc0fcf046c61640cbd1e8b999ada3262d722c2ca4bf42dceac999020ffdbb614',
      'ea9bb1082cf95663f5faca23b8b15ef2aa0fce0a5c6df9c32dcb85b2e0a4513d',
      'eb540d2b6ee2a0a47c5779bc8a0141784c6b753840d4c6f4e2428a6e86e9e0b1',
      'f56e323494a6ffc2064e7a955908957d84f0755e5f975dabd64328d0359a8f7c',
    ],
  },
  {
    where:
      'the packageSourceCredentials example of the nuget.config reference on learn.microsoft.com (nuget/reference/nuget-config-file)',
    length: 11,
    sha256: ['dba72c00f41f4e4c435e2491a5e1ce0140c7b5a6a498dc4847396b5e6368970c'],
  },
  {
    where:
      'the packageSourceCredentials example of the nuget.config reference on learn.microsoft.com (nuget/reference/nuget-config-file)',
    length: 14,
    sha256: ['a0702bc91d699f600970f4dc4992b13ede1a29d49fa0942dd4bed2b5e4b1016e'],
  },
  {
    where:
      "the search-only Algolia key of npm-search (app OFCNCOG2CU) that Yarn's release bundles embed " +
      '(.yarn/releases/yarn-*.cjs of github.com/yarnpkg/berry, committed wherever yarnPath is used)',
    length: 32,
    sha256: ['2f21fd9c81678e396751af8b2472e2bd209ff5ce38da144052fb6c024485982f'],
  },
];

/** A check for values in `lists`: hashes only values of a listed length. */
export function publishedValueCheck(lists: readonly PublishedList[]): (value: string) => boolean {
  const byLength = new Map<number, Set<string>>();
  for (const l of lists) {
    const set = byLength.get(l.length) ?? new Set<string>();
    for (const h of l.sha256) set.add(h.toLowerCase());
    byLength.set(l.length, set);
  }
  return (value) => {
    const set = byLength.get(value.length);
    return set !== undefined && set.has(createHash('sha256').update(value).digest('hex'));
  };
}

/** True for a value published as an example or fixture (PUBLISHED_LISTS). */
export const isPublishedValue: (value: string) => boolean = publishedValueCheck(PUBLISHED_LISTS);
