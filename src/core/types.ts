/** Shared vocabulary of the detection core. Everything here is plain data: no I/O, no classes. */

export type Severity = 'error' | 'warning';
export type Category = 'secret' | 'mcp-config' | 'policy';

/** Where an MCP finding sits inside a client's config. */
export interface McpContext {
  client: string;
  server?: string;
  /** e.g. `env.GITHUB_PERSONAL_ACCESS_TOKEN`, `headers.Authorization`, `args[3]` */
  slot?: string;
}

/** Commit metadata for findings from diff and history scans. */
export interface CommitMeta {
  commit: string;
  author?: string;
  /** The author's date, ISO 8601 (what findings show). */
  date?: string;
  /** The committer's date, ISO 8601: a cherry-pick or a rebase keeps the author's date, not this one. */
  committed?: string;
}

/**
 * One piece of text to scan: a whole file, the staged version of a file, or the added lines of a
 * patch. `lineMap[i]` is the file line number (1-based) of the unit's line `i` (0-based); without
 * it the unit's lines are the file's lines.
 */
export interface ScanUnit {
  path: string;
  text: string;
  lineMap?: readonly number[];
  meta?: CommitMeta;
  /** `staged` for index scans; used in fingerprints when there is no commit. */
  /** `device`: a user-level config audited where it belongs (not in a repository). */
  origin?: 'worktree' | 'staged' | 'stdin' | 'commit' | 'device';
  /**
   * Only findings touching these file lines are reported (a staged file is scanned whole, so
   * MCP parsing sees the full config, but only what the commit adds is reported).
   */
  reportLines?: ReadonlySet<number>;
}

/** A finding as the JSON output carries it (README.md, "JSON output"); its fields are a contract. */
export interface Finding {
  ruleId: string;
  category: Category;
  severity: Severity;
  message: string;
  file: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  commit?: string;
  author?: string;
  date?: string;
  /** Redacted value; never the whole secret. */
  secret?: string;
  fingerprint: string;
  mcp?: McpContext;
  remediation: string;
  /** How many commits carried the same secret (history scans), when more than one. */
  occurrences?: number;
  /** Days since the secret was first committed (git scans) or its file last changed (audit). */
  ageDays?: number;
  /** Git scans: the secret is still in the file at HEAD. */
  atHead?: boolean;
  /** With `--verify`: what the credential's provider says of it. */
  verification?: Verification;
}

export type VerificationStatus = 'live' | 'invalid' | 'unknown' | 'error';

/** What a provider says of a credential (`--verify`); never holds the credential itself. */
export interface Verification {
  status: VerificationStatus;
  /** One sentence: why this status (the provider's answer, a timeout, the budget...). */
  reason: string;
  /** The account, workspace or app the credential belongs to (shortened where it names a person). */
  account?: string;
  /** Scopes or permissions the provider reports for it. */
  scopes?: string[];
  /** ISO 8601, when the provider reports an expiry. */
  expiresAt?: string;
}

/**
 * A finding as the engine holds it before output: it keeps the raw value in memory only so that
 * filters (allowlist regexes, dedupe, `core.setSecret`) can use it. Reporters never see `raw`.
 */
export interface RawFinding extends Finding {
  raw?: string;
  /** Git scans: the commit's committer date, which orders commits whose authors' dates are equal; never output. */
  committed?: string;
  /** The file's real path when `file` shows it redacted (a token in the path): for lookups, never output. */
  rawFile?: string;
}

/** A rule's public description: docs, SARIF `tool.driver.rules`, remediation lookups. */
export interface RuleInfo {
  id: string;
  title: string;
  category: Category;
  severity: Severity;
  /** Provider key into the remediation table, e.g. `github`. */
  provider?: string;
  description?: string;
  /** The same detection's rule ids in peer scanners (gitleaks, trufflehog). */
  peers?: { gitleaks?: readonly string[]; trufflehog?: readonly string[] };
}

/** Something the engine or a parser wants the user to know that is not a finding. */
export interface ScanNote {
  file: string;
  message: string;
  level: 'info' | 'warning' | 'error';
}

/** A finding an inline directive switched off (listed, so a suppression is never silent). */
export interface Suppression {
  file: string;
  line: number;
  ruleId: string;
  /** e.g. `secretlint-disable`, `mcp-leak-guard:allow-next-line` */
  directive: string;
  /** The line the directive is on. */
  directiveLine: number;
  commit?: string;
}

/**
 * A detection before it becomes a finding: offsets into the unit's text. Rules, the MCP analyzer
 * and policy checks all produce hits; the engine turns them into findings in one place.
 */
export interface Hit {
  ruleId: string;
  title: string;
  category: Category;
  severity: Severity;
  provider?: string;
  /** UTF-16 offsets into the unit text, end exclusive. */
  start: number;
  end: number;
  /** Overrides the default "<title> found" sentence. */
  message?: string;
  mcp?: McpContext;
  /** The text, or what builds it: only a hit that becomes a finding needs it (overlaps drop many). */
  remediation?: string | (() => string);
  /** When two secret hits overlap, the higher priority wins (provider rules 10, generic 0). */
  priority?: number;
  /** True when `start..end` is a credential value (it is redacted, hashed and masked). */
  isSecret?: boolean;
  /** For a secret found in decoded text: the secret itself (`start..end` is the encoded text). */
  decodedSecret?: string;
}

/** How carefully a server should be connected (the safe-use checklist's three tiers). */
export type ServerTier = 'connect-freely' | 'consider-carefully' | 'dont-connect';

/** What the MCP analyzer says of one file. */
export interface McpFileSummary {
  file: string;
  /** The commit of this version of the file (diff and history scans). */
  commit?: string;
  client: string;
  servers: { name: string; references: number; literals: number; kind?: string; tier?: ServerTier }[];
}

export interface McpAnalysis {
  hits: Hit[];
  /**
   * A provider rule's hit at `start..end`: the context of the config slot holding it and the
   * client's way of referencing a secret as advice, or undefined outside every slot. The MCP
   * analysis counts the slot as a literal in its summary from then on (the core never edits it).
   * `tentative`: the same answer without counting anything; `counts` says whether the claim would.
   */
  claim(
    start: number,
    end: number,
    tentative?: boolean,
  ): { context: McpContext; advice?: string; counts?: boolean } | undefined;
  summary?: McpFileSummary;
  notes: ScanNote[];
}

/** Implemented by `src/mcp`; the core only knows this shape. */
export type McpAnalyzer = (unit: ScanUnit, mcpConfig: Readonly<Record<string, unknown>>) => McpAnalysis | undefined;
