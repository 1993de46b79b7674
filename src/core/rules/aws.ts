/**
 * AWS beyond what secretlint's preset finds: the secret access key under its usual names in every
 * syntax the keyed grammar reads (the preset only knows `AWS_SECRET_ACCESS_KEY=` and its quotes).
 * Same finding id as the preset's; the access key id itself stays with the preset. Also Amazon Bedrock
 * API keys, long-term (`ABSK...`) and short-term (`bedrock-api-key-...`).
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
      id: 'aws-bedrock-api-key',
      title: 'Amazon Bedrock long-term API key',
      provider: 'aws',
      keywords: ['absk'],
      // `ABSK` and the base64 of `BedrockAPIKey-<id>-at-<account>:<secret>` (an IAM service-specific credential).
      pattern: /(?<![A-Za-z0-9+/_-])(?<secret>ABSK[A-Za-z0-9+/]{109,269}={0,2})(?![A-Za-z0-9+/=_-])/,
      minEntropy: 4,
      format: String.raw`ABSK[A-Za-z0-9+/]{109,269}={0,2}`,
      samples: {
        found: [
          String.raw`ABSK[A-Za-z0-9+/]{109,269}={0,2}`,
          String.raw`AWS_BEARER_TOKEN_BEDROCK=ABSK[A-Za-z0-9+/]{120}`,
        ],
        notFound: [
          String.raw`ABSK[A-Za-z0-9+/]{60}`,
          String.raw`ABSKA{120}`,
          String.raw`[A-Za-z0-9]{8}ABSK[A-Za-z0-9+/]{120}`,
        ],
      },
      peers: { gitleaks: ['aws-amazon-bedrock-api-key-long-lived'] },
    },
    {
      id: 'aws-bedrock-short-term-api-key',
      title: 'Amazon Bedrock short-term API key',
      provider: 'aws',
      keywords: ['bedrock-api-key-'],
      // `bedrock-api-key-` and the base64 of a presigned `bedrock.amazonaws.com/?Action=CallWithBearerToken&...`
      // URL (valid up to 12 hours): its first 28 characters are always the host's base64.
      pattern:
        /(?<![A-Za-z0-9_-])(?<secret>bedrock-api-key-YmVkcm9jay5hbWF6b25hd3MuY29t[A-Za-z0-9+/]{100,4000}={0,2})(?![A-Za-z0-9+/=_-])/,
      minEntropy: 4,
      format: String.raw`bedrock-api-key-YmVkcm9jay5hbWF6b25hd3MuY29t[A-Za-z0-9+/]{100,400}={0,2}`,
      samples: {
        found: [String.raw`bedrock-api-key-YmVkcm9jay5hbWF6b25hd3MuY29t[A-Za-z0-9+/]{100,400}={0,2}`],
        notFound: [
          String.raw`bedrock-api-key-YmVkcm9jay5hbWF6b25hd3MuY29t`,
          String.raw`bedrock-api-key-YmVkcm9jay5hbWF6b25hd3MuY29t[A-Za-z0-9+/]{40}`,
        ],
      },
      peers: { gitleaks: ['aws-amazon-bedrock-api-key-short-lived'] },
    },
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
