/** Test token generators for the rules in src/core/rules/telegram.ts (see ./random.ts). */
import { DIGITS, URLSAFE, p, randomChars } from './random.js';

export const telegramTokens = {
  telegramBotToken: (seed = 'tg', idDigits = 10) =>
    p('7', randomChars(DIGITS, idDigits - 1, `${seed}:id`), ':A', 'A', randomChars(URLSAFE, 33, seed)),
};
