/**
 * OpenAI and the model APIs that copy its shape: listing the models (`GET .../models`) needs a
 * valid key and changes nothing. Each provider keeps its own fixed host.
 */
import { fromAnswer, live } from '../answer.js';
import type { Verifier } from '../types.js';

function modelsApi(provider: string, name: string, baseUrl: string, path: string): Verifier {
  return {
    provider,
    baseUrl,
    endpoint: `GET ${path}`,
    reports: 'live or not, and how many models the key can use',
    async verify(secret, http) {
      const res = await http({ path, headers: { authorization: `Bearer ${secret}` } });
      return fromAnswer(res, (body) => {
        const data = body['data'];
        if (!Array.isArray(data)) return undefined;
        return live(`${name} accepted it (${data.length} models available)`);
      });
    },
  };
}

export const openai = modelsApi('openai', 'OpenAI', 'https://api.openai.com', '/v1/models');
export const groq = modelsApi('groq', 'Groq', 'https://api.groq.com', '/openai/v1/models');
export const deepseek = modelsApi('deepseek', 'DeepSeek', 'https://api.deepseek.com', '/models');
export const mistral = modelsApi('mistral', 'Mistral', 'https://api.mistral.ai', '/v1/models');
export const together = modelsApi('together', 'Together AI', 'https://api.together.xyz', '/v1/models');
export const xai = modelsApi('xai', 'xAI', 'https://api.x.ai', '/v1/models');
export const fireworks = modelsApi('fireworks', 'Fireworks AI', 'https://api.fireworks.ai', '/inference/v1/models');
