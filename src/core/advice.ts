/**
 * Policy checks write one sentence, "problem: what to do". Reports show a finding's message and
 * its remediation side by side (SARIF, annotations, JSON), so the two are split here, once, and
 * never print the same words twice.
 */

/** `Server "a: b" runs x: pin it.` -> message `Server "a: b" runs x`, remediation `Pin it.` */
export function splitAdvice(sentence: string, fallback: string): { message: string; remediation: string } {
  let quoted = false;
  for (let i = 0; i < sentence.length - 1; i++) {
    const c = sentence[i];
    if (c === '"') quoted = !quoted;
    else if (!quoted && c === ':' && sentence[i + 1] === ' ') {
      const advice = sentence.slice(i + 2).trim();
      if (advice === '') break;
      return { message: sentence.slice(0, i), remediation: advice[0]!.toUpperCase() + advice.slice(1) };
    }
  }
  return { message: sentence.replace(/\.\s*$/, ''), remediation: fallback };
}
