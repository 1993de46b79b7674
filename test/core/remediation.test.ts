/** The fix every finding carries: where to revoke the credential, then how to keep it out of files. */
import { describe, expect, it } from '@jest/globals';
import { historyOnlyRemediation, remediationFor } from '../../src/core/remediation.js';

describe('remediationFor', () => {
  it("points at the provider's revocation page when it has one", () => {
    expect(remediationFor('github')).toMatch(/^Revoke it now at https:\/\/github\.com\/settings\/tokens /);
  });

  it('says where the credential was issued when there is no page to revoke it at', () => {
    expect(remediationFor('database')).toMatch(
      /^Revoke it now where it was issued \(the database\) and issue a replacement/,
    );
    expect(remediationFor('kubernetes')).toMatch(/^Revoke it now where it was issued \(Kubernetes\) and/);
  });

  it('says the same for a credential left only in the history', () => {
    expect(historyOnlyRemediation('database', 'app.env')).toContain('revoke it where it was issued (the database)');
  });
});
