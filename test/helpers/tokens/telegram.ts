/** Test token generators for the rules in src/core/rules/telegram.ts (see ./random.ts). */
import { DIGITS, URLSAFE, p, randomChars } from './random.js';

export const telegramTokens = {
  /** The looser shape a Telegram key may hold: a shorter or longer bot id, `A` and any second letter. */
  telegramLooseToken: (seed = 'tgl', idDigits = 6) =>
    p('4', randomChars(DIGITS, idDigits - 1, `${seed}:id`), ':', 'A', 'B', randomChars(URLSAFE, 33, seed)),
  telegramBotToken: (seed = 'tg', idDigits = 10) =>
    p('7', randomChars(DIGITS, idDigits - 1, `${seed}:id`), ':A', 'A', randomChars(URLSAFE, 33, seed)),
};
