/**
 * Model and speech APIs: Replicate, Cohere, Mistral, DeepSeek, xAI, OpenRouter, Together, Fireworks,
 * ElevenLabs, AssemblyAI, Deepgram, and the Anthropic Admin and Hugging Face organization keys (their
 * other keys, and OpenAI and Groq, are the preset's).
 */
import type { RuleFamily } from './define.js';
import { keyedPattern, VALUE } from './keyed.js';

export const aiProviders: RuleFamily = {
  id: 'ai-providers',
  providers: {
    replicate: { name: 'Replicate', revokeUrl: 'https://replicate.com/account/api-tokens' },
    cohere: { name: 'Cohere', revokeUrl: 'https://dashboard.cohere.com/api-keys' },
    mistral: { name: 'Mistral AI', revokeUrl: 'https://console.mistral.ai/api-keys' },
    deepseek: { name: 'DeepSeek', revokeUrl: 'https://platform.deepseek.com/api_keys' },
    xai: { name: 'xAI', revokeUrl: 'https://console.x.ai/', note: 'Delete the key under the team > API Keys.' },
    openrouter: { name: 'OpenRouter', revokeUrl: 'https://openrouter.ai/settings/keys' },
    together: { name: 'Together AI', revokeUrl: 'https://api.together.ai/settings/api-keys' },
    fireworks: { name: 'Fireworks AI', revokeUrl: 'https://app.fireworks.ai/settings/users/api-keys' },
    elevenlabs: { name: 'ElevenLabs', revokeUrl: 'https://elevenlabs.io/app/settings/api-keys' },
    assemblyai: { name: 'AssemblyAI', revokeUrl: 'https://www.assemblyai.com/app/api-keys' },
    deepgram: {
      name: 'Deepgram',
      revokeUrl: 'https://console.deepgram.com/',
      note: 'Delete the key under the project > Settings > API Keys.',
    },
  },
  rules: [
    {
      id: 'anthropic-admin-api-key',
      title: 'Anthropic Admin API key',
      provider: 'anthropic',
      keywords: ['sk-ant-admin01-'],
      // An organization's Admin API key: `sk-ant-admin01-`, 93 base64url characters and `AA`.
      pattern: /(?<![A-Za-z0-9_-])(?<secret>sk-ant-admin01-[A-Za-z0-9_-]{93}AA)(?![A-Za-z0-9_-])/,
      minEntropy: 4,
      format: String.raw`sk-ant-admin01-[A-Za-z0-9_-]{93}AA`,
      samples: {
        found: [
          String.raw`sk-ant-admin01-[A-Za-z0-9_-]{93}AA`,
          String.raw`ANTHROPIC_ADMIN_KEY="sk-ant-admin01-[A-Za-z0-9_-]{93}AA"`,
        ],
        notFound: [String.raw`sk-ant-admin01-[A-Za-z0-9_-]{40}AA`, String.raw`sk-ant-admin01-x{93}AA`],
      },
      peers: { gitleaks: ['anthropic-admin-api-key'] },
    },
    {
      id: 'huggingface-org-token',
      title: 'Hugging Face organization API token',
      provider: 'huggingface',
      keywords: ['api_org_'],
      // The legacy organization token: `api_org_` and 34 letters.
      pattern: /(?<![A-Za-z0-9_-])(?<secret>api_org_[A-Za-z]{34})(?![A-Za-z0-9_-])/,
      minEntropy: 3.5,
      format: String.raw`api_org_[A-Za-z]{34}`,
      samples: {
        found: [String.raw`api_org_[A-Za-z]{34}`, String.raw`HF_ORG_TOKEN: api_org_[A-Za-z]{34}`],
        notFound: [
          String.raw`api_org_[A-Za-z]{20}`,
          String.raw`api_org_[a-z]{10}_[a-z]{23}`,
          String.raw`api_org_x{34}`,
        ],
      },
      peers: { gitleaks: ['huggingface-organization-api-token'] },
    },
    {
      id: 'replicate-api-token',
      title: 'Replicate API token',
      provider: 'replicate',
      keywords: ['r8_'],
      pattern: /(?<![A-Za-z0-9_-])(?<secret>r8_[A-Za-z0-9]{37})(?![A-Za-z0-9_-])/,
      minEntropy: 3.5,
      format: String.raw`r8_[A-Za-z0-9]{37}`,
      samples: {
        found: [String.raw`r8_[A-Za-z0-9]{37}`],
        notFound: [String.raw`r8_[A-Za-z0-9]{18}`, String.raw`r8_x{37}`],
      },
    },
    {
      id: 'cohere-api-key',
      title: 'Cohere API key',
      provider: 'cohere',
      keywords: ['cohere', 'co_api', 'co-api', 'coapi'],
      // `CO_API_KEY` is the name Cohere's SDKs read.
      pattern: keyedPattern({ provider: '(?:cohere|co(?=[_-]?api[_-]?key))', value: '[A-Za-z0-9]{40}' }),
      minEntropy: 3.5,
      priority: 8,
      format: String.raw`[A-Za-z0-9]{40}`,
      key: 'COHERE_API_KEY',
      samples: {
        found: [String.raw`COHERE_API_KEY=[A-Za-z0-9]{40}`],
        notFound: [
          String.raw`COHERE_API_KEY=[A-Za-z0-9]{20}`,
          String.raw`COHERE_API_KEY=x{40}`,
          String.raw`UNRELATED_SETTING=[A-Za-z0-9]{40}`,
        ],
      },
      peers: { gitleaks: ['cohere-api-token'] },
    },
    {
      id: 'mistral-api-key',
      title: 'Mistral AI API key',
      provider: 'mistral',
      keywords: ['mistral'],
      pattern: keyedPattern({ provider: 'mistral', value: '[A-Za-z0-9]{32}' }),
      minEntropy: 3.5,
      priority: 8,
      format: String.raw`[A-Za-z0-9]{32}`,
      key: 'MISTRAL_API_KEY',
      samples: {
        found: [String.raw`MISTRAL_API_KEY=[A-Za-z0-9]{32}`],
        notFound: [
          String.raw`MISTRAL_API_KEY=[A-Za-z0-9]{16}`,
          String.raw`MISTRAL_API_KEY=x{32}`,
          String.raw`UNRELATED_SETTING=[A-Za-z0-9]{32}`,
        ],
      },
    },
    {
      id: 'deepseek-api-key',
      title: 'DeepSeek API key',
      provider: 'deepseek',
      keywords: ['deepseek'],
      pattern: keyedPattern({ provider: 'deepseek', value: 'sk-[a-f0-9]{32}' }),
      minEntropy: 3.2,
      priority: 8,
      format: String.raw`sk-[a-f0-9]{32}`,
      key: 'DEEPSEEK_API_KEY',
      samples: {
        found: [String.raw`DEEPSEEK_API_KEY=sk-[a-f0-9]{32}`],
        notFound: [
          String.raw`DEEPSEEK_API_KEY=sk-[a-f0-9]{16}`,
          String.raw`DEEPSEEK_API_KEY=sk-0{32}`,
          String.raw`UNRELATED_SETTING=sk-[a-f0-9]{32}`,
        ],
      },
    },
    {
      id: 'xai-api-key',
      title: 'xAI API key',
      provider: 'xai',
      keywords: ['xai-'],
      pattern: /(?<![A-Za-z0-9_-])(?<secret>xai-[A-Za-z0-9]{80})(?![A-Za-z0-9_-])/,
      minEntropy: 4,
      format: String.raw`xai-[A-Za-z0-9]{80}`,
      samples: {
        found: [String.raw`xai-[A-Za-z0-9]{80}`],
        notFound: [String.raw`xai-[A-Za-z0-9]{40}`, String.raw`xai-x{80}`],
      },
    },
    {
      id: 'openrouter-api-key',
      title: 'OpenRouter API key',
      provider: 'openrouter',
      keywords: ['sk-or-v1-'],
      pattern: /(?<![A-Za-z0-9_-])(?<secret>sk-or-v1-[a-f0-9]{64})(?![A-Za-z0-9_-])/,
      format: String.raw`sk-or-v1-[a-f0-9]{64}`,
      samples: {
        found: [String.raw`sk-or-v1-[a-f0-9]{64}`],
        notFound: [String.raw`sk-or-v1-[a-f0-9]{32}`, String.raw`sk-or-v1-0{64}`],
      },
    },
    {
      id: 'together-api-key',
      title: 'Together AI API key',
      provider: 'together',
      keywords: ['tgp_v1_'],
      pattern: /(?<![A-Za-z0-9_-])(?<secret>tgp_v1_[A-Za-z0-9_-]{43})(?![A-Za-z0-9_-])/,
      minEntropy: 3.5,
      format: String.raw`tgp_v1_[A-Za-z0-9_-]{43}`,
      samples: {
        found: [String.raw`tgp_v1_[A-Za-z0-9_-]{43}`],
        notFound: [String.raw`tgp_v1_[A-Za-z0-9_-]{21}`, String.raw`tgp_v1_x{43}`],
      },
    },
    {
      id: 'together-api-key-legacy',
      title: 'Together AI API key (64 hex)',
      provider: 'together',
      keywords: ['together'],
      pattern: keyedPattern({ provider: 'together', value: VALUE.hex64 }),
      minEntropy: 3.2,
      priority: 8,
      format: String.raw`[a-f0-9]{64}`,
      key: 'TOGETHER_API_KEY',
      samples: {
        found: [String.raw`TOGETHER_API_KEY=[a-f0-9]{64}`],
        notFound: [
          String.raw`TOGETHER_API_KEY=[a-f0-9]{32}`,
          String.raw`TOGETHER_API_KEY=0{64}`,
          String.raw`UNRELATED_SETTING=[a-f0-9]{64}`,
        ],
      },
    },
    {
      id: 'fireworks-api-key',
      title: 'Fireworks AI API key',
      provider: 'fireworks',
      keywords: ['fw_'],
      pattern: /(?<![A-Za-z0-9_-])(?<secret>fw_[A-Za-z0-9]{24})(?![A-Za-z0-9_-])/,
      minEntropy: 3.5,
      format: String.raw`fw_[A-Za-z0-9]{24}`,
      samples: {
        found: [String.raw`fw_[A-Za-z0-9]{24}`],
        notFound: [String.raw`fw_[A-Za-z0-9]{12}`, String.raw`fw_x{24}`],
      },
    },
    {
      id: 'elevenlabs-api-key',
      title: 'ElevenLabs API key',
      provider: 'elevenlabs',
      keywords: ['elevenlabs', 'eleven_labs', 'eleven-labs', 'xi-api-key', 'xi_api_key'],
      // `sk_` + 48 hex (older keys: 32 hex), under an ElevenLabs key or the `xi-api-key` header.
      pattern: keyedPattern({
        provider: '(?:eleven[_-]?labs|xi(?=[_-]api[_-]key))',
        value: String.raw`(?:sk_[a-f0-9]{48}|[a-f0-9]{32})`,
      }),
      minEntropy: 3.2,
      priority: 8,
      format: String.raw`(?:sk_[a-f0-9]{48}|[a-f0-9]{32})`,
      key: 'ELEVENLABS_API_KEY',
      samples: {
        found: [String.raw`ELEVENLABS_API_KEY=(?:sk_[a-f0-9]{48}|[a-f0-9]{32})`],
        notFound: [
          String.raw`ELEVENLABS_API_KEY=(?:sk_[a-f0-9]{24}|[a-f0-9]{32})`,
          String.raw`ELEVENLABS_API_KEY=(?:sk_0{48}|[a-f0-9]{32})`,
          String.raw`UNRELATED_SETTING=(?:sk_[a-f0-9]{48}|[a-f0-9]{32})`,
        ],
      },
    },
    {
      id: 'assemblyai-api-key',
      title: 'AssemblyAI API key',
      provider: 'assemblyai',
      keywords: ['assemblyai', 'assembly_ai', 'assembly-ai'],
      pattern: keyedPattern({ provider: 'assembly[_-]?ai', value: VALUE.hex32 }),
      minEntropy: 3.2,
      priority: 8,
      format: String.raw`[a-f0-9]{32}`,
      key: 'ASSEMBLYAI_API_KEY',
      samples: {
        found: [String.raw`ASSEMBLYAI_API_KEY=[a-f0-9]{32}`],
        notFound: [
          String.raw`ASSEMBLYAI_API_KEY=[a-f0-9]{16}`,
          String.raw`ASSEMBLYAI_API_KEY=0{32}`,
          String.raw`UNRELATED_SETTING=[a-f0-9]{32}`,
        ],
      },
    },
    {
      id: 'deepgram-api-key',
      title: 'Deepgram API key',
      provider: 'deepgram',
      keywords: ['deepgram'],
      pattern: keyedPattern({ provider: 'deepgram', value: VALUE.hex40 }),
      minEntropy: 3.2,
      priority: 8,
      format: String.raw`[a-f0-9]{40}`,
      key: 'DEEPGRAM_API_KEY',
      samples: {
        found: [String.raw`DEEPGRAM_API_KEY=[a-f0-9]{40}`],
        notFound: [
          String.raw`DEEPGRAM_API_KEY=[a-f0-9]{20}`,
          String.raw`DEEPGRAM_API_KEY=0{40}`,
          String.raw`UNRELATED_SETTING=[a-f0-9]{40}`,
        ],
      },
    },
  ],
};
