/**
 * MCP config analysis, the core's `McpAnalyzer`: recognise a client config (by path or content,
 * Markdown code blocks included), walk its servers' credential slots, and apply the safe-use
 * checks. Returns hits (literal credentials, policy problems), slot ranges that give provider-rule
 * hits their MCP context, a per-file summary, and notes (a recognised config that did not parse).
 */
import { splitAdvice } from '../core/advice.js';
import { LineIndex } from '../core/lines.js';
import { suppressedLines } from '../core/suppress.js';
import { providerInfo, remediationFor } from '../core/remediation.js';
import type { Hit, McpAnalysis, McpAnalyzer, McpContext, McpFileSummary, ScanUnit } from '../core/types.js';
import { serverArgv } from './argv.js';
import { adviceFor, UNKNOWN_CLIENT, type McpClient } from './clients.js';
import { words } from './credential-names.js';
import { parseAssignments } from './parse/dotenv.js';
import { codeBlocks, frontmatter } from './parse/markdown.js';
import { entry, textSpan, type ConfigNode, type ObjectNode } from './parse/node.js';
import {
  formatLeftToContent,
  formatOfContent,
  formatOfFence,
  formatOfPath,
  parseConfig,
  type ConfigFormat,
} from './parse/index.js';
import { permissionAllowList } from './policy/auto-approve.js';
import { MCP_RULES, SERVER_CHECKS } from './policy/index.js';
import type { PolicyHit } from './policy/types.js';
import { mayHoldServers, recogniseByContainer, recogniseByPath, type Recognition } from './recognise.js';
import { classifyServer } from './inventory.js';
import { referenceAdvice } from './reference.js';
import {
  credentialSections,
  findServers,
  looksLikeServer,
  MCP_ONLY_CONTAINER,
  SERVER_MARKER,
  type ServerEntry,
} from './servers.js';
import { readMcpSettings, type McpSettings } from './settings.js';
import { slotClaimer, type SlotRange } from './slot-claims.js';
import { serverSlots, type Slot } from './slots.js';

export { MCP_RULES };

const RULE = new Map(MCP_RULES.map((r) => [r.id, r]));

/** Whether an offset sits on a line an inline directive suppresses (computed once, when asked). */
function suppressionTest(text: string, path: string): (offset: number) => boolean {
  let lines: LineIndex | undefined;
  let suppressed: ReadonlyMap<number, unknown> | undefined | null = null;
  return (offset) => {
    if (suppressed === null) {
      lines = new LineIndex(text);
      suppressed = suppressedLines(text, lines, path);
    }
    return suppressed !== undefined && suppressed.has(lines!.position(offset).line);
  };
}

export const analyzeMcp: McpAnalyzer = (unit, mcpConfig) => {
  const byPath = recogniseByPath(unit.path);
  // No extension (stdin without --path, an extensionless file): recognise the format by content.
  // The name is asked first: every other file (all the code of a tree) skips the content tests.
  const format =
    formatOfPath(unit.path) ??
    (formatLeftToContent(unit.path) && mayHoldServers(unit.text) ? formatOfContent(unit.path, unit.text) : undefined);
  // Neither a client's file nor a document to parse (a patch's added lines, a file of no config
  // format): nothing below can find anything, so it allocates nothing (a history has 100,000s).
  if (!byPath && (unit.lineMap !== undefined || !format)) return undefined;
  const ranges: SlotRange[] = [];
  const isSuppressed = suppressionTest(unit.text, unit.path);
  const out: McpAnalysis = { hits: [], notes: [], claim: slotClaimer(ranges, () => out.summary) };
  let summary: McpFileSummary | undefined;
  // Added lines of a patch are not a document: only the path tells anything there.
  const whole = unit.lineMap === undefined;
  const documents =
    whole && format && (byPath || mayHoldServers(unit.text) || (format === 'markdown' && MENTIONS_MCP.test(unit.text)))
      ? parseDocuments(unit, format, byPath, out)
      : [];
  const settings = settingsOf(mcpConfig);
  // A snippet in documentation is an example: its policy (pinning, trust, scope) is the reader's
  // business unless mcp.policyInDocs says otherwise. Secrets in it are still reported.
  const policy = format !== 'markdown' || byPath !== undefined || settings.policyInDocs === true;
  let recognition: Recognition | undefined = byPath;
  for (const { root, guide } of documents) {
    for (const p of policy ? fileChecks(root, unit.text) : []) {
      out.hits.push(policyHit(p.ruleId, p, p.message, { client: (byPath?.client ?? UNKNOWN_CLIENT).name }));
    }
    // Credentials a client config holds outside its servers (Codex model providers).
    for (const section of credentialSections(root)) {
      const client = byPath?.client ?? UNKNOWN_CLIENT;
      walkSlots(unit.text, serverSlots(section.node), client, section.name, ranges, out, isSuppressed);
    }
    let servers = findServers(root);
    // An install guide's block may be one server, or its env lines, without the client's wrapper.
    if (servers.length === 0 && guide) servers = bareServers(root);
    if (servers.length === 0) continue;
    recognition ??= {
      ...recogniseByContainer(servers[0]!.container, entry(root, 'inputs') !== undefined),
      byPath: false,
    };
    // A Markdown file is a client's config only by its path (agent files); elsewhere it is an example.
    const client = format === 'markdown' && !byPath ? UNKNOWN_CLIENT : recognition.client;
    summary ??= { file: unit.path, client: client.name, servers: [] };
    for (const server of servers) {
      const argv = serverArgv(server.node);
      const slots = serverSlots(server.node, argv);
      const tier = classifyServer(server.name, server.node, argv, slots, settings);
      const counts = { name: server.name, references: 0, literals: 0, kind: tier.kind, tier: tier.tier };
      summary.servers.push(counts);
      // A production database has its own rule (mcp-production-database); no second warning.
      if (policy && tier.tier === 'dont-connect' && tier.reason !== 'a production database') {
        const message = `Server "${server.name}" connects to ${tier.reason}: an assistant should not be connected to it. Remove it, or point it at a sandbox, or record the review with mcp.serverTiers.`;
        out.hits.push(
          policyHit('mcp-sensitive-server', server.nameSpan, message, { client: client.name, server: server.name }),
        );
      }
      const found = walkSlots(unit.text, slots, client, server.name, ranges, out, isSuppressed);
      counts.references += found.references;
      counts.literals += found.literals;
      const ctx = { text: unit.text, server, argv, slots, settings };
      for (const check of policy ? SERVER_CHECKS : []) {
        for (const p of check(ctx))
          out.hits.push(policyHit(p.ruleId, p, p.message, { client: client.name, server: server.name }));
      }
    }
  }
  // On the device (audit), a personal config is where it belongs.
  const inRepository = unit.origin !== 'device';
  if (inRepository && recognition?.personal && format !== 'markdown' && (summary || !recognition.needsServers)) {
    out.hits.push(personalConfigHit(unit, recognition));
  }
  if (summary) out.summary = summary;
  return out.hits.length > 0 || out.notes.length > 0 || summary ? out : undefined;
};

/** Records each slot's range and reports its literals; returns the counts for the summary. */
function walkSlots(
  text: string,
  slots: readonly Slot[],
  client: McpClient,
  server: string,
  ranges: SlotRange[],
  out: McpAnalysis,
  isSuppressed: (offset: number) => boolean,
): { references: number; literals: number } {
  const counts = { references: 0, literals: 0 };
  for (const slot of slots) {
    const span = textSpan(text, slot.node, slot.from, slot.to);
    const context = { client: client.name, server, slot: slot.path };
    // A literal on a line an inline directive suppresses is not a live one; marking its range as
    // counted keeps a provider rule's hit there from counting it either.
    const silenced = isSuppressed(span.start);
    if (slot.state === 'reference') counts.references++;
    if (slot.state === 'literal' && !silenced) counts.literals++;
    // Fields named one by one: a spread here cost more than the rest of the loop (10,000 servers).
    ranges.push({ start: span.start, end: span.end, context, client, literal: slot.state === 'literal' || silenced });
    if (slot.state === 'literal') out.hits.push(literalHit(span, context, client, slot.path));
  }
  return counts;
}

function parseDocuments(
  unit: ScanUnit,
  format: NonNullable<ReturnType<typeof formatOfPath>>,
  byPath: Recognition | undefined,
  out: McpAnalysis,
): Document[] {
  const texts =
    format === 'markdown' ? markdownTexts(unit.text) : [{ text: unit.text, offset: 0, format, guide: false }];
  const docs: Document[] = [];
  let lines: LineIndex | undefined;
  for (const t of texts) {
    if (t.format === 'env') {
      const root = parseAssignments(t.text, t.offset);
      if (root) docs.push({ root, guide: true });
      continue;
    }
    const parsed = parseConfig(t.text, t.format, t.offset);
    docs.push(...parsed.roots.map((root) => ({ root, guide: t.guide })));
    // A recognised config that does not parse is worth saying; other files that merely mention a key are not.
    if (parsed.error && ((byPath && !byPath.needsServers) || MCP_ONLY_CONTAINER.test(t.text))) {
      lines ??= new LineIndex(unit.text);
      const at = lines.position(Math.min(parsed.error.offset, unit.text.length));
      out.notes.push({
        file: unit.path,
        level: 'warning',
        message: `could not parse as ${t.format.toUpperCase()} (${withoutQuotedText(parsed.error.message)} at ${at.line}:${at.column}); MCP checks were skipped for it, the secret rules still ran`,
      });
    }
  }
  return docs;
}

interface Document {
  root: ConfigNode;
  /** A code block of a Markdown guide: a bare server map or env lines count there. */
  guide: boolean;
}

/** A Markdown text that talks about MCP: its code blocks may hold a server without the client's wrapper. */
const MENTIONS_MCP = /\bmcp\b/i;
const SHELL_FENCES = new Set(['sh', 'bash', 'shell', 'zsh', 'env', 'dotenv', 'console', 'powershell', 'ps1', 'cmd']);

/** The parts of a Markdown file worth parsing: frontmatter, config blocks, and in an MCP guide its env blocks. */
function markdownTexts(text: string): { text: string; offset: number; format: ConfigFormat | 'env'; guide: boolean }[] {
  const mcpGuide = MENTIONS_MCP.test(text);
  const out: { text: string; offset: number; format: ConfigFormat | 'env'; guide: boolean }[] = [];
  const front = frontmatter(text);
  if (front && mayHoldServers(front.text)) out.push({ ...front, format: 'yaml', guide: false });
  for (const b of codeBlocks(text)) {
    const f = formatOfFence(b.lang);
    if (f && (mayHoldServers(b.text) || (mcpGuide && SERVER_MARKER.test(b.text)))) {
      out.push({ text: b.text, offset: b.offset, format: f, guide: mcpGuide });
    } else if (mcpGuide && (SHELL_FENCES.has(b.lang) || b.lang === '') && ENV_LINE.test(b.text)) {
      out.push({ text: b.text, offset: b.offset, format: 'env', guide: true });
    }
  }
  return out;
}

const ENV_LINE = /^[ \t]*(?:export[ \t]+)?[A-Za-z_][A-Za-z0-9_]*=\S/m;

/**
 * Servers written without a container, as install guides show them: a map of server entries,
 * one server entry, or `KEY=VALUE` lines (taken as one server's environment).
 */
function bareServers(root: ConfigNode): ServerEntry[] {
  if (root.kind !== 'object') return [];
  const at = { start: root.start, end: root.start };
  const isServer = (n: ConfigNode): boolean => looksLikeServer(n);
  if (isServer(root)) return [{ name: '(server)', node: root, nameSpan: at, container: '', path: '' }];
  const mapped = root.entries
    .filter((e) => isServer(e.value))
    .map((e) => ({ name: e.key, node: e.value as ObjectNode, nameSpan: e.keySpan, container: '', path: '' }));
  if (mapped.length > 0) return mapped;
  if (root.entries.every((e) => e.value.kind === 'string' && /^[A-Za-z_]\w*$/.test(e.key))) {
    const env: ObjectNode = {
      kind: 'object',
      start: root.start,
      end: root.end,
      entries: [{ key: 'env', keySpan: at, value: root }],
    };
    return [{ name: '(environment)', node: env, nameSpan: at, container: 'KEY=VALUE', path: '' }];
  }
  return [];
}

/**
 * Checks of a whole config file rather than one server: Claude Code's permission allow-list, and
 * VS Code's switch that auto-approves every tool.
 */
function fileChecks(root: ConfigNode, text: string): PolicyHit[] {
  const out = permissionAllowList(root, text);
  const vscode = entry(root, 'chat.tools.autoApprove') ?? entry(entry(entry(root, 'chat'), 'tools'), 'autoApprove');
  if (vscode?.kind === 'scalar' && vscode.value === true) {
    out.push({
      ruleId: 'mcp-auto-approve-write',
      start: vscode.start,
      end: vscode.end,
      message:
        'VS Code auto-approves every tool call ("chat.tools.autoApprove": true), writes included: turn it off and approve writes one by one.',
    });
  }
  return out;
}

/** A parser's message may quote the input it choked on, which could be a secret: drop such quotes. */
function withoutQuotedText(message: string): string {
  return message.replace(/(["'`])[^"'`\n]{9,}\1/g, '$1…$1');
}

/** The provider a slot's credential most likely belongs to, from the slot's and server's names. */
export function guessProvider(slotPath: string, serverName: string): string | undefined {
  const generic = providerInfo(undefined).name;
  for (const w of [...words(slotPath), ...words(serverName)]) {
    if (providerInfo(w).name !== generic) return w;
  }
  return undefined;
}

function literalHit(
  span: { start: number; end: number },
  context: { client: string; server: string; slot: string },
  client: McpClient,
  slot: string,
): Hit {
  const info = RULE.get('mcp-literal-credential')!;
  return {
    ruleId: info.id,
    title: info.title,
    category: info.category,
    severity: info.severity,
    start: span.start,
    end: span.end,
    isSecret: true,
    // Below provider rules (their id says more), above generic header/URL rules.
    priority: 6,
    message: `Literal credential in ${client.name} config: server "${context.server}", ${slot}`,
    mcp: context,
    remediation: () =>
      remediationFor(guessProvider(slot, context.server), referenceAdvice(client, slot, context.server)),
  };
}

function policyHit(ruleId: string, span: { start: number; end: number }, message: string, mcp: McpContext): Hit {
  const info = RULE.get(ruleId)!;
  return {
    ruleId,
    title: info.title,
    category: info.category,
    severity: info.severity,
    ...span,
    // "problem: what to do" -> the message and the remediation, each said once.
    ...splitAdvice(message, info.description ?? info.title),
    mcp,
  };
}

function personalConfigHit(unit: ScanUnit, { client, tokenCache }: Recognition): Hit {
  const info = RULE.get('mcp-user-config-committed')!;
  const firstLineEnd = unit.text.indexOf('\n');
  const what = tokenCache
    ? `${client === UNKNOWN_CLIENT ? 'an MCP' : `a ${client.name}`} token cache`
    : `a personal ${client.name} config`;
  return {
    ruleId: info.id,
    title: info.title,
    category: info.category,
    severity: info.severity,
    start: 0,
    end: firstLineEnd === -1 ? unit.text.length : firstLineEnd,
    message: `${unit.path} is ${what}: it belongs in your home folder, not in a repository`,
    mcp: { client: client.name },
    remediation: `Remove it from the repository (git rm --cached ${unit.path}), add it to .gitignore, and rotate every credential it holds: anyone with the repository has them. ${adviceFor(client)}`,
  };
}

const settingsCache = new WeakMap<object, McpSettings>();

/** Validated once per config object (the runtime validates it up front, with the file's name). */
function settingsOf(raw: Readonly<Record<string, unknown>>): McpSettings {
  let s = settingsCache.get(raw);
  if (!s) settingsCache.set(raw, (s = readMcpSettings(raw)));
  return s;
}
