// A small evaluator for the Go that peer scanners write their samples in: string literals, `+`,
// `fmt.Sprintf`, slice, map and struct literals, `append`, package and local variables, and a few
// library calls the caller supplies (gitleaks' `secrets.NewSecret`, ...). Anything else (loops,
// conditions, unknown calls) is skipped: its value is unknown and the sample holding it is
// counted as not extracted, never guessed.

/** A string value; `generated` when some part of it came from a random generator. */
export class Str {
  constructor(
    readonly s: string,
    readonly generated = false,
  ) {}
}

export type Value = Str | number | boolean | null | Value[] | { [key: string]: Value } | typeof UNKNOWN;
export const UNKNOWN: unique symbol = Symbol('unknown');

export class Unknown extends Error {}

export type Builtin = (args: Value[], ev: Evaluator) => Value;

interface Token {
  k: 'id' | 'str' | 'num' | 'op' | ';';
  v: string;
}

const ESC: Record<string, string> = { a: '\x07', b: '\b', f: '\f', n: '\n', r: '\r', t: '\t', v: '\v' };

function unquote(body: string): string {
  return body.replace(
    /\\(?:x([0-9a-fA-F]{2})|u([0-9a-fA-F]{4})|U([0-9a-fA-F]{8})|([0-7]{3})|(.))/g,
    (_m, x, u, U, o, c) => {
      if (x) return String.fromCharCode(parseInt(x, 16));
      if (u) return String.fromCharCode(parseInt(u, 16));
      if (U) return String.fromCodePoint(parseInt(U, 16));
      if (o) return String.fromCharCode(parseInt(o, 8));
      return ESC[c] ?? c;
    },
  );
}

const OPS = ['...', ':=', '+=', '==', '!=', '<=', '>=', '&&', '||', '<-', '++', '--', '&^', '<<', '>>'];

/** Go tokens, with the language's automatic semicolons at line ends. */
export function tokenize(src: string): Token[] {
  const out: Token[] = [];
  const semi = (): void => {
    const last = out[out.length - 1];
    if (!last) return;
    if (last.k === 'id' || last.k === 'str' || last.k === 'num' || [')', ']', '}', '++', '--'].includes(last.v))
      out.push({ k: ';', v: ';' });
  };
  let i = 0;
  while (i < src.length) {
    const c = src[i]!;
    if (c === '\n') {
      semi();
      i++;
    } else if (c === ' ' || c === '\t' || c === '\r') i++;
    else if (src.startsWith('//', i)) {
      const e = src.indexOf('\n', i);
      i = e < 0 ? src.length : e;
    } else if (src.startsWith('/*', i)) {
      const e = src.indexOf('*/', i + 2);
      if (src.slice(i, e).includes('\n')) semi();
      i = e < 0 ? src.length : e + 2;
    } else if (c === '`') {
      const e = src.indexOf('`', i + 1);
      out.push({ k: 'str', v: src.slice(i + 1, e).replace(/\r/g, '') });
      i = e + 1;
    } else if (c === '"' || c === "'") {
      let j = i + 1;
      while (j < src.length && src[j] !== c) j += src[j] === '\\' ? 2 : 1;
      const v = unquote(src.slice(i + 1, j));
      out.push(c === '"' ? { k: 'str', v } : { k: 'num', v: String(v.codePointAt(0) ?? 0) });
      i = j + 1;
    } else if (/[A-Za-z_]/.test(c)) {
      const m = /^[A-Za-z_][A-Za-z0-9_]*/.exec(src.slice(i, i + 200))!;
      out.push({ k: 'id', v: m[0] });
      i += m[0].length;
    } else if (/[0-9]/.test(c)) {
      const m = /^(?:0[xX][0-9a-fA-F_]+|[0-9_]+(?:\.[0-9]+)?(?:[eE][+-]?[0-9]+)?)/.exec(src.slice(i, i + 60))!;
      out.push({ k: 'num', v: m[0] });
      i += m[0].length;
    } else {
      const op = OPS.find((o) => src.startsWith(o, i)) ?? c;
      out.push(op === ';' ? { k: ';', v: ';' } : { k: 'op', v: op });
      i += op.length;
    }
  }
  semi();
  return out;
}

const OPEN: Record<string, string> = { '(': ')', '[': ']', '{': '}' };

/** Formats like Go's `fmt.Sprintf` for the verbs samples use (%s %v %d %q %x, `%[n]s`). */
export function sprintf(format: string, args: Value[]): Str {
  let n = 0;
  let generated = false;
  const s = format.replace(
    /%(?:\[(\d+)\])?[-+# 0]*\d*(?:\.\d+)?([svdqxXtTc%])/g,
    (_m, idx: string | undefined, verb: string) => {
      if (verb === '%') return '%';
      const a = args[idx ? Number(idx) - 1 : n++];
      if (a === undefined || a === UNKNOWN) throw new Unknown('sprintf argument');
      if (a instanceof Str) generated ||= a.generated;
      const text = a instanceof Str ? a.s : String(a);
      if (verb === 'q') return JSON.stringify(text);
      if (verb === 'x' && typeof a === 'number') return a.toString(16);
      return text;
    },
  );
  return new Str(s, generated);
}

export const str = (v: Value): Str => {
  if (v instanceof Str) return v;
  if (typeof v === 'number') return new Str(String(v));
  throw new Unknown('not a string');
};

/** The calls every Go file here may make: `append`, conversions, `fmt` and `strings` helpers. */
const CORE: Record<string, Builtin> = {
  append: ([first, ...rest]) => [...(Array.isArray(first) ? first : []), ...rest],
  string: ([a]) => str(a!),
  len: ([a]) => (a instanceof Str ? a.s.length : Array.isArray(a) ? a.length : 0),
  'fmt.Sprintf': ([f, ...rest]) => sprintf(str(f!).s, rest),
  'fmt.Sprint': (args) => new Str(args.map((a) => str(a).s).join('')),
  'strings.Repeat': ([a, n]) => new Str(str(a!).s.repeat(Number(n)), str(a!).generated),
  'strings.ToUpper': ([a]) => new Str(str(a!).s.toUpperCase(), str(a!).generated),
  'strings.ToLower': ([a]) => new Str(str(a!).s.toLowerCase(), str(a!).generated),
  'strings.TrimSpace': ([a]) => new Str(str(a!).s.trim(), str(a!).generated),
  'strings.ReplaceAll': ([a, b, c]) => new Str(str(a!).s.split(str(b!).s).join(str(c!).s), str(a!).generated),
  'strings.Join': ([a, sep]) => {
    const parts = (a as Value[]).map(str);
    return new Str(
      parts.map((p) => p.s).join(str(sep!).s),
      parts.some((p) => p.generated),
    );
  },
};

export class Scope {
  private readonly vars = new Map<string, Value>();
  constructor(private readonly parent?: Scope) {}
  get(name: string): Value {
    if (this.vars.has(name)) return this.vars.get(name)!;
    if (this.parent) return this.parent.get(name);
    throw new Unknown(`unknown name ${name}`);
  }
  has(name: string): boolean {
    return this.vars.has(name) || (this.parent?.has(name) ?? false);
  }
  set(name: string, v: Value): void {
    this.vars.set(name, v);
  }
  /** Assignment to an existing variable (`x = ...`), else a new one here. */
  assign(name: string, v: Value): void {
    if (this.vars.has(name) || !this.parent?.has(name)) this.vars.set(name, v);
    else this.parent.assign(name, v);
  }
  entries(): [string, Value][] {
    return [...this.vars.entries()];
  }
}

export interface FuncDecl {
  name: string;
  params: string[];
  /** Token index of the body's `{`. */
  body: number;
}

/** What running a function body left behind: its local variables and its returned values. */
export interface Run {
  scope: Scope;
  returns: Value[][];
}

export class Evaluator {
  private toks: Token[] = [];
  private p = 0;
  private scope: Scope;
  private readonly builtins: Record<string, Builtin>;
  readonly funcs = new Map<string, { toks: Token[]; decl: FuncDecl }>();
  private depth = 0;

  constructor(
    readonly pkg: Scope,
    builtins: Record<string, Builtin> = {},
  ) {
    this.scope = pkg;
    this.builtins = { ...CORE, ...builtins };
  }

  /** Reads a file: remembers its functions and runs its package-level `var`/`const` declarations. */
  loadFile(src: string): FuncDecl[] {
    const toks = tokenize(src);
    const decls: FuncDecl[] = [];
    this.with(toks, 0, this.pkg, () => {
      while (this.p < this.toks.length) {
        const t = this.peek();
        if (t.v === 'func') {
          const d = this.funcDecl();
          if (d) {
            decls.push(d);
            this.funcs.set(d.name, { toks, decl: d });
          }
        } else if (t.v === 'var' || t.v === 'const') this.statement();
        else this.skipStatement();
      }
    });
    return decls;
  }

  /** Runs a function's body with `args` bound to its parameters. */
  run(name: string, args: Value[] = []): Run {
    const f = this.funcs.get(name);
    if (!f) throw new Unknown(`no function ${name}`);
    if (++this.depth > 20) throw new Unknown('recursion');
    const scope = new Scope(this.pkg);
    f.decl.params.forEach((p, i) => scope.set(p, args[i] ?? UNKNOWN));
    const returns: Value[][] = [];
    try {
      this.with(f.toks, f.decl.body, scope, () => this.block(returns));
    } finally {
      this.depth--;
    }
    return { scope, returns };
  }

  private with(toks: Token[], p: number, scope: Scope, fn: () => void): void {
    const saved = [this.toks, this.p, this.scope] as const;
    this.toks = toks;
    this.p = p;
    this.scope = scope;
    try {
      fn();
    } finally {
      [this.toks, this.p, this.scope] = saved;
    }
  }

  private peek(o = 0): Token {
    return this.toks[this.p + o] ?? { k: ';', v: '<eof>' };
  }
  private next(): Token {
    return this.toks[this.p++] ?? { k: ';', v: '<eof>' };
  }
  private eat(v: string): boolean {
    if (this.peek().v === v && this.peek().k !== 'str') {
      this.p++;
      return true;
    }
    return false;
  }
  private expect(v: string): void {
    if (!this.eat(v)) throw new Unknown(`expected ${v}, got ${this.peek().v}`);
  }

  /** `func Name(a, b string) T {`: its name, parameters and body; methods and bodies are skipped. */
  private funcDecl(): FuncDecl | undefined {
    this.expect('func');
    let receiver = false;
    if (this.peek().v === '(') {
      receiver = true;
      this.skipBalanced();
    }
    const name = this.next().v;
    const params: string[] = [];
    if (this.peek().v === '[') this.skipBalanced(); // type parameters
    const start = this.p;
    this.skipBalanced();
    // Parameter names: the first identifier of each comma-separated part.
    const inner = this.toks.slice(start + 1, this.p - 1);
    let depth = 0;
    let first = true;
    for (const t of inner) {
      if (t.v in OPEN) depth++;
      else if ([')', ']', '}'].includes(t.v)) depth--;
      else if (depth === 0 && t.v === ',') first = true;
      else if (first && t.k === 'id') {
        params.push(t.v);
        first = false;
      }
    }
    while (this.p < this.toks.length && this.peek().v !== '{' && this.peek().k !== ';') {
      if (this.peek().v in OPEN) this.skipBalanced();
      else this.p++;
    }
    if (this.peek().v !== '{') return undefined;
    const body = this.p;
    this.skipBalanced();
    return receiver ? undefined : { name, params, body };
  }

  /** Skips a balanced `(...)`, `[...]` or `{...}` starting at the current token. */
  private skipBalanced(): void {
    const open = this.next().v;
    const close = OPEN[open];
    if (!close) return;
    let depth = 1;
    while (depth > 0 && this.p < this.toks.length) {
      const t = this.next();
      if (t.k !== 'op') continue;
      if (t.v === open) depth++;
      else if (t.v === close) depth--;
      else if (t.v in OPEN) {
        this.p--;
        this.skipBalanced();
      }
    }
  }

  /** Skips to just after the `;` that ends the statement (at bracket depth 0), blocks included. */
  private skipStatement(): void {
    while (this.p < this.toks.length) {
      const t = this.peek();
      if (t.k === ';') {
        this.p++;
        return;
      }
      if (t.k === 'op' && t.v === '}') return;
      if (t.k === 'op' && t.v in OPEN) this.skipBalanced();
      else this.p++;
    }
  }

  /** Runs statements up to the block's closing `}` (the current token is its `{`). */
  private block(returns: Value[][]): void {
    this.expect('{');
    while (this.p < this.toks.length && this.peek().v !== '}') this.statement(returns);
    this.eat('}');
  }

  private statement(returns?: Value[][]): void {
    const start = this.p;
    try {
      const t = this.peek();
      if (t.k === ';') {
        this.p++;
        return;
      }
      if (t.v === 'var' || t.v === 'const') {
        this.p++;
        if (this.eat('(')) {
          let iota = 0;
          while (this.peek().v !== ')' && this.p < this.toks.length) {
            const s = this.p;
            try {
              this.varSpec(iota++);
            } catch (e) {
              if (!(e instanceof Unknown)) throw e;
              this.p = s;
              this.skipStatement();
            }
          }
          this.expect(')');
          this.eat(';');
        } else this.varSpec(0);
        return;
      }
      if (t.v === 'return' && returns) {
        this.p++;
        const vals = this.peek().k === ';' || this.peek().v === '}' ? [] : this.exprList();
        returns.push(vals);
        this.eat(';');
        return;
      }
      if (t.k === 'id' && !['if', 'for', 'switch', 'select', 'go', 'defer', 'return', 'func', 'type'].includes(t.v)) {
        // `a, b := x, y` / `a = x` / `a += x`
        const names: string[] = [];
        let q = this.p;
        while (this.toks[q]?.k === 'id') {
          names.push(this.toks[q]!.v);
          if (this.toks[q + 1]?.v !== ',') break;
          q += 2;
        }
        const op = this.toks[q + 1]?.v;
        if (op === ':=' || op === '=' || op === '+=') {
          this.p = q + 2;
          const vals = this.exprList();
          names.forEach((n, i) => {
            const v = vals.length === names.length ? vals[i]! : UNKNOWN;
            if (n === '_') return;
            if (op === '+=') {
              const a = str(this.scope.get(n));
              const b = str(v);
              this.scope.assign(n, new Str(a.s + b.s, a.generated || b.generated));
            } else if (op === ':=') this.scope.set(n, v);
            else this.scope.assign(n, v);
          });
          this.eat(';');
          return;
        }
      }
      this.skipStatement();
    } catch (e) {
      if (!(e instanceof Unknown)) throw e;
      this.p = start;
      this.skipStatement();
    }
  }

  /** `name [, name] [Type] [= value, ...]` inside `var`/`const`. */
  private varSpec(_iota: number): void {
    const names: string[] = [this.next().v];
    while (this.eat(',')) names.push(this.next().v);
    while (this.peek().v !== '=' && this.peek().k !== ';' && this.peek().v !== ')') {
      if (this.peek().v in OPEN) this.skipBalanced();
      else this.p++;
    }
    if (this.eat('=')) {
      const vals = this.exprList();
      names.forEach((n, i) => this.scope.set(n, vals[i] ?? UNKNOWN));
    }
    this.eat(';');
  }

  private exprList(): Value[] {
    const out: Value[] = [this.expr()];
    while (this.eat(',')) out.push(this.expr());
    return out;
  }

  expr(): Value {
    let left = this.unary();
    for (;;) {
      const op = this.peek();
      if (op.k !== 'op' || !['+', '-', '*', '/', '%'].includes(op.v)) return left;
      this.p++;
      const right = this.unary();
      if (op.v === '+' && (left instanceof Str || right instanceof Str)) {
        const a = str(left);
        const b = str(right);
        left = new Str(a.s + b.s, a.generated || b.generated);
      } else if (typeof left === 'number' && typeof right === 'number') {
        left =
          op.v === '+'
            ? left + right
            : op.v === '-'
              ? left - right
              : op.v === '*'
                ? left * right
                : op.v === '/'
                  ? Math.trunc(left / right)
                  : left % right;
      } else throw new Unknown(`operator ${op.v}`);
    }
  }

  private unary(): Value {
    if (this.eat('-')) {
      const v = this.unary();
      if (typeof v !== 'number') throw new Unknown('negation');
      return -v;
    }
    if (this.eat('&') || this.eat('*')) return this.unary();
    return this.postfix(this.primary());
  }

  private primary(): Value {
    const t = this.peek();
    if (t.k === 'str') {
      this.p++;
      return new Str(t.v);
    }
    if (t.k === 'num') {
      this.p++;
      return Number(t.v.replace(/_/g, ''));
    }
    if (t.v === '(') {
      this.p++;
      const v = this.expr();
      this.expect(')');
      return v;
    }
    if (t.v === '[' || t.v === 'map' || t.v === 'struct') {
      this.skipType();
      if (this.peek().v === '{') return this.composite();
      if (this.peek().v === '(') {
        this.p++;
        const v = this.expr();
        this.expect(')');
        return v; // a conversion: []byte(s)
      }
      throw new Unknown('type without literal');
    }
    if (t.v === 'func') {
      this.p++;
      this.skipBalanced();
      while (this.peek().v !== '{' && this.p < this.toks.length) {
        if (this.peek().v in OPEN) this.skipBalanced();
        else this.p++;
      }
      this.skipBalanced();
      return UNKNOWN;
    }
    if (t.k === 'id') {
      this.p++;
      if (t.v === 'true' || t.v === 'false') return t.v === 'true';
      if (t.v === 'nil') return null;
      let name = t.v;
      while (this.peek().v === '.' && this.peek(1).k === 'id' && !this.scope.has(name)) {
        name += `.${this.peek(1).v}`;
        this.p += 2;
      }
      if (this.peek().v === '(') return this.call(name);
      if (this.peek().v === '{') return this.composite();
      return this.scope.get(name);
    }
    throw new Unknown(`unexpected ${t.v}`);
  }

  private postfix(v: Value): Value {
    for (;;) {
      if (this.peek().v === '.' && this.peek(1).k === 'id') {
        this.p++;
        const field = this.next().v;
        if (v === null || typeof v !== 'object' || v instanceof Str || Array.isArray(v)) throw new Unknown('field');
        v = (v as Record<string, Value>)[field] ?? UNKNOWN;
      } else if (this.peek().v === '[') {
        this.p++;
        const a = this.peek().v === ':' ? 0 : this.expr();
        if (this.eat(':')) {
          const b = this.peek().v === ']' ? undefined : this.expr();
          this.expect(']');
          if (v instanceof Str) v = new Str(v.s.slice(Number(a), b === undefined ? undefined : Number(b)), v.generated);
          else if (Array.isArray(v)) v = v.slice(Number(a), b === undefined ? undefined : Number(b));
          else throw new Unknown('slice');
        } else {
          this.expect(']');
          if (Array.isArray(v)) v = v[Number(a)] ?? UNKNOWN;
          else if (v && typeof v === 'object' && !(v instanceof Str))
            v = (v as Record<string, Value>)[str(a).s] ?? UNKNOWN;
          else throw new Unknown('index');
        }
      } else return v;
    }
  }

  private call(name: string): Value {
    this.expect('(');
    const args: Value[] = [];
    let spread = false;
    while (this.peek().v !== ')') {
      args.push(this.expr());
      if (this.eat('...')) spread = true;
      if (!this.eat(',')) break;
    }
    this.expect(')');
    if (spread) {
      const last = args.pop();
      if (!Array.isArray(last)) throw new Unknown('spread');
      args.push(...last);
    }
    if (args.includes(UNKNOWN) && name !== 'append') throw new Unknown(`unknown argument to ${name}`);
    const b = this.builtins[name];
    if (b) return b(args, this);
    if (this.funcs.has(name)) {
      const { returns } = this.run(name, args);
      const first = returns[0];
      if (!first || first.length === 0) throw new Unknown(`${name} returns nothing`);
      return first[0]!;
    }
    throw new Unknown(`unknown call ${name}`);
  }

  /** Skips a type: `[]T`, `[N]T`, `map[K]V`, `struct{...}`, `*T`, `pkg.T`, `func(...) T`. */
  private skipType(): void {
    for (;;) {
      const t = this.peek();
      if (t.v === '[') this.skipBalanced();
      else if (t.v === '*') this.p++;
      else if (t.v === 'map') {
        this.p++;
        this.skipBalanced();
      } else if (t.v === 'struct' || t.v === 'interface') {
        this.p++;
        this.skipBalanced();
        return;
      } else if (t.v === 'func') {
        this.p++;
        this.skipBalanced();
        return;
      } else if (t.k === 'id') {
        this.p++;
        while (this.peek().v === '.' && this.peek(1).k === 'id') this.p += 2;
        return;
      } else return;
    }
  }

  /** `{a, b}` as an array, `{Key: v}` / `{"k": v}` as an object; elements that fail are UNKNOWN. */
  private composite(): Value {
    this.expect('{');
    const list: Value[] = [];
    const obj: Record<string, Value> = {};
    let keyed = false;
    while (this.peek().v !== '}' && this.p < this.toks.length) {
      if (this.peek().k === ';') {
        this.p++;
        continue;
      }
      const start = this.p;
      try {
        let key: string | undefined;
        if (this.peek().k === 'id' && this.peek(1).v === ':') {
          key = this.next().v;
          this.p++;
        }
        const v = this.peek().v === '{' ? this.composite() : this.expr();
        if (key === undefined && this.eat(':')) {
          key = str(v).s;
          const val = this.peek().v === '{' ? this.composite() : this.expr();
          obj[key] = val;
          keyed = true;
        } else if (key !== undefined) {
          obj[key] = v;
          keyed = true;
        } else list.push(v);
      } catch (e) {
        if (!(e instanceof Unknown)) throw e;
        this.p = start;
        this.skipElement();
        list.push(UNKNOWN);
      }
      if (!this.eat(',')) {
        while (this.peek().k === ';') this.p++;
        if (this.peek().v !== '}') throw new Unknown('composite element');
      }
    }
    this.expect('}');
    return keyed ? obj : list;
  }

  private skipElement(): void {
    while (this.p < this.toks.length) {
      const t = this.peek();
      if (t.k === 'op' && (t.v === ',' || t.v === '}')) return;
      if (t.k === 'op' && t.v in OPEN) this.skipBalanced();
      else this.p++;
    }
  }
}

/** A Go regular expression as one JavaScript (and randexp) reads: inline flags and POSIX classes dropped or spelled out. */
export function goRegexToJs(re: string): string {
  const posix: Record<string, string> = {
    alnum: 'A-Za-z0-9',
    alpha: 'A-Za-z',
    digit: '0-9',
    xdigit: '0-9A-Fa-f',
    upper: 'A-Z',
    lower: 'a-z',
    space: ' \\t\\r\\n',
    punct: '!-\\/:-@\\[-`{-~',
    word: '\\w',
  };
  return re
    .replace(/\(\?[imsU-]+\)/g, '')
    .replace(/\(\?[imsU-]+:/g, '(?:')
    .replace(/\(\?P</g, '(?<')
    .replace(/\\[zA]/g, '')
    .replace(/\[\[:(\w+):\]\]/g, (_m, n: string) => `[${posix[n] ?? ''}]`)
    .replace(/\[:(\w+):\]/g, (_m, n: string) => posix[n] ?? '')
    .replace(/\\p\{?L\}?/g, 'A-Za-z');
}
