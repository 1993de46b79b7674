/** "Did you mean ...?" for a mistyped name: the closest known one, if it is close enough. */
import leven from 'leven';

/**
 * The known name nearest to `input`, when at most about a third of it differs (two edits for
 * short names, so a swapped pair of letters, "scna", still finds "scan").
 */
export function closest(input: string, known: Iterable<string>): string | undefined {
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const k of known) {
    const d = leven(input.toLowerCase(), k.toLowerCase());
    if (d < bestDistance) {
      best = k;
      bestDistance = d;
    }
  }
  const limit = input.length <= 3 ? 1 : Math.max(2, Math.floor(input.length / 3));
  return best !== undefined && bestDistance <= limit ? best : undefined;
}

/** ` (did you mean "x"?)`, or nothing when no known name is close. */
export function didYouMean(input: string, known: Iterable<string>): string {
  const c = closest(input, known);
  return c === undefined ? '' : ` (did you mean "${c}"?)`;
}
