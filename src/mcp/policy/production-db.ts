/**
 * `mcp-production-database`: a database server pointed at a production-looking host or database,
 * or given write access. An assistant's mistakes (or a prompt injection) then land on real data.
 */
import { textSpan } from '../parse/node.js';
import { packageOf } from './packages.js';
import type { PolicyCheck, PolicyHit } from './types.js';

const DB_URL =
  /^(?:postgres(?:ql)?|mysql|mariadb|mongodb(?:\+srv)?|rediss?|mssql|sqlserver|oracle|clickhouse|cockroachdb|snowflake)(?:\+\w+)?:\/\/(?:[^@/\s]*@)?([^/?#\s]+)(?:\/([^?#\s]*))?/i;
const DB_SERVER =
  /postgres|mysql|mariadb|mongo|redis|sqlite|mssql|sqlserver|oracle|clickhouse|snowflake|supabase|neon|planetscale|database|\bdb\b|sql/i;
/** Host or database names that mean production, unless the config overrides them. */
export const DEFAULT_PRODUCTION_PATTERNS = ['(?:^|[^a-z])(?:prod|production|prd|live|primary|master)(?:[^a-z]|$)'];
/** A write switch on a database server, as names and values that grant it. */
const WRITE_ACCESS: readonly { name: RegExp; value: RegExp }[] = [
  { name: /read[-_]?only/i, value: /^(?:false|0|no|off)$/i },
  {
    name: /allow[-_]?(?:write|writes|mutations|dangerous)|write[-_]?access|enable[-_]?write/i,
    value: /^(?:true|1|yes|on)$/i,
  },
  { name: /access[-_]?mode/i, value: /^(?:unrestricted|read[-_]?write|rw|write)$/i },
];

/** Compiled once per list (the settings' or the default), not once per server. */
const compiled = new WeakMap<readonly string[], RegExp[]>();
function productionRegExps(list: readonly string[]): RegExp[] {
  let out = compiled.get(list);
  if (!out) compiled.set(list, (out = list.map((p) => new RegExp(p, 'i'))));
  return out;
}

export const productionDatabase: PolicyCheck = (ctx) => {
  const patterns = productionRegExps(ctx.settings.productionPatterns ?? DEFAULT_PRODUCTION_PATTERNS);
  const pkg = packageOf(ctx.argv);
  const isDbServer = DB_SERVER.test(ctx.server.name) || (pkg !== undefined && DB_SERVER.test(pkg.name));
  const out: PolicyHit[] = [];
  for (const slot of ctx.slots) {
    const value = slot.node.value.slice(slot.from, slot.to);
    const url = DB_URL.exec(value);
    const hostLike = slot.name && /host|server|cluster|endpoint/i.test(slot.name) && isDbServer ? value : undefined;
    const where = url ? [url[1]!.split(':')[0]!, url[2] ?? ''] : hostLike ? [hostLike] : [];
    const prod = where.find((w) => w && patterns.some((re) => re.test(w)));
    if (prod) {
      out.push({
        ruleId: 'mcp-production-database',
        ...textSpan(ctx.text, slot.node, slot.from, slot.to),
        message: `Server "${ctx.server.name}" connects to a production-looking database ("${prod}"): give it a read-only user on a staging or anonymised copy.`,
      });
      continue;
    }
    if (isDbServer && slot.name && WRITE_ACCESS.some((w) => w.name.test(slot.name!) && w.value.test(value.trim()))) {
      out.push({
        ruleId: 'mcp-production-database',
        ...textSpan(ctx.text, slot.node, slot.from, slot.to),
        message: `Server "${ctx.server.name}" is given write access to its database (${slot.name}=${value.trim()}): keep database servers read-only unless a person reviews every write.`,
      });
    }
  }
  return out;
};
