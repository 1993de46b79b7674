/**
 * AWS beyond what secretlint's preset finds: the secret access key under its usual names in every
 * syntax the keyed grammar reads (the preset only knows `AWS_SECRET_ACCESS_KEY=` and its quotes).
 * Same finding id as the preset's; the access key id itself stays with the preset.
 */
import type { RuleFamily } from './define.js';
import { keyedPattern } from './keyed.js';

export const aws: RuleFamily = {
  id: 'aws',
  providers: {
    aws: {
      auditLog:
        'https://console.aws.amazon.com/cloudtrail/home#/events (CloudTrail event history, filtered by the access key id)',
      name: 'AWS',
      revokeUrl: 'https://console.aws.amazon.com/iam/home#/security_credentials',
      note: 'Deactivate the access key in IAM, create a new one, and check CloudTrail for its use.',
    },
  },
  rules: [
    {
      id: 'aws-secret-access-key',
      title: 'AWS secret access key',
      provider: 'aws',
      keywords: ['secret_access', 'secret-access', 'secret.access', 'secretaccess'],
      // 40 base64 characters under `aws_secret_access_key`, `AWS_SECRET_ACCESS_KEY`, `awsSecretAccessKey`.
      pattern: keyedPattern({
        provider: 'aws',
        kind: 'secret[_.-]?access[_.-]?key',
        value: '[A-Za-z0-9/+]{40}',
        tail: 'A-Za-z0-9/+=',
      }),
      minEntropy: 4,
      format: '[A-Za-z0-9/+]{39}[A-Za-z0-9]',
      key: 'AWS_SECRET_ACCESS_KEY',
      samples: {
        found: [
          'var awsSecretAccessKey string = "[A-Za-z0-9/+]{39}[A-Za-z0-9]"',
          '<add key="AwsSecretAccessKey" value="[A-Za-z0-9/+]{39}[A-Za-z0-9]" />',
        ],
        notFound: [
          'AWS_SECRET_ACCESS_KEY=[A-Za-z0-9/+]{20}',
          'AWS_SECRET_ACCESS_KEY=x{40}',
          'AWS_SECRET_ACCESS_KEY_ID=[A-Z0-9]{20}',
        ],
      },
      peers: { gitleaks: ['aws-access-token'], trufflehog: ['aws'] },
    },
  ],
};
