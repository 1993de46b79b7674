/**
 * Runs one secretlint rule on a text and returns what it reports, without `lintSource`. The rule
 * gets the context secretlint would give it, but its reports come straight back: secretlint's own
 * pipeline costs tens of microseconds per message and de-duplicates messages pairwise (quadratic:
 * 1 MB of GitHub tokens took 39 s), and the engine dedupes and suppresses findings itself.
 */
import type {
  SecretLintRuleContext,
  SecretLintRuleCreator,
  SecretLintSourceCode,
  SecretLintSourceNodeLocation,
} from '@secretlint/types';
import { LineIndex } from '../lines.js';

export interface RuleReport {
  messageId: string;
  range: readonly [number, number];
}

export async function runSecretlintRule(
  creator: SecretLintRuleCreator<Record<string, unknown>>,
  options: Record<string, unknown>,
  text: string,
  filePath: string,
): Promise<RuleReport[]> {
  const reports: RuleReport[] = [];
  const context: SecretLintRuleContext = {
    sharedOptions: {},
    // The message text would hold the secret itself: only its id is kept.
    createTranslator: () => (messageId, props) => ({ message: '', messageId: String(messageId), data: props }),
    report: (d) => reports.push({ messageId: d.message.messageId, range: d.range }),
    ignore: () => undefined,
  };
  const handler = creator.create(context, options);
  await handler.file?.(sourceCode(text, filePath));
  return reports;
}

function sourceCode(content: string, filePath: string): SecretLintSourceCode {
  let index: LineIndex | undefined;
  const lines = (): LineIndex => (index ??= new LineIndex(content));
  // secretlint positions: 1-based lines, 0-based columns.
  const position = (offset: number): { line: number; column: number } => {
    const p = lines().position(offset);
    return { line: p.line, column: p.column - 1 };
  };
  const toIndex = (pos: { line: number; column: number }): number => lines().lineStart(pos.line) + pos.column;
  const dot = filePath.lastIndexOf('.');
  return {
    hasBOM: content.charCodeAt(0) === 0xfeff,
    content,
    filePath,
    physicalFilePath: undefined,
    contentType: 'text',
    ext: dot > filePath.lastIndexOf('/') ? filePath.slice(dot) : '',
    getFilePath: () => filePath,
    getPhysicalFilePath: () => undefined,
    locationToRange: (loc: SecretLintSourceNodeLocation) => [toIndex(loc.start), toIndex(loc.end)],
    rangeToLocation: (range) => ({ start: position(range[0]), end: position(range[1]) }),
    positionToIndex: toIndex,
    indexToPosition: position,
  };
}
