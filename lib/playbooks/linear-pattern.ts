/**
 * Case-insensitive patterns in regular-expression syntax, matched in time linear in the text: the pattern is
 * compiled to a Thompson NFA and every possible state is followed at once (one pass over the text, each state at
 * most once per character), so no text — finding types come from attackers too — can make matching backtrack.
 * JavaScript's RegExp backtracks: `RDS.*Snapshot.*(Public|Shared)` over 10 KB of "RDSSnapshot…" took seconds.
 *
 * The syntax is the subset the playbook catalog needs, with RegExp's meaning (the catalog's test checks both agree):
 * literals, `.`, `\` before a punctuation character, groups `( )`, alternation `|`, `*` `+` `?`, and the anchors
 * `^` `$`. Anything else (classes, braces, backreferences, lookaround, flags) is refused when compiling. Pure.
 */

type TState =
  | { kind: "char"; code: number; out: number } // code -1: any character but a line break
  | { kind: "split"; out: number; alt: number }
  | { kind: "start" | "end"; out: number }
  | { kind: "match" };

type TNode =
  | { kind: "char"; code: number }
  | { kind: "start" | "end" }
  | { kind: "concat" | "alt"; parts: TNode[] }
  | { kind: "star" | "plus" | "optional"; part: TNode };

/**
 * The compiled NFA, one entry per state in typed arrays (monomorphic and allocation-free to walk); state 0 is the
 * match. `anchored`: no match can begin after the first character (every branch starts with `^`), so a pass stops
 * as soon as no state is alive.
 */
export type TLinearPattern = {
  source: string;
  kind: Uint8Array;
  code: Int32Array;
  out: Int32Array;
  alt: Int32Array;
  start: number;
  anchored: boolean;
};

const MATCH = 0;
const CHAR = 1;
const SPLIT = 2;
const AT_START = 3;
const AT_END = 4;
const KIND = { match: MATCH, char: CHAR, split: SPLIT, start: AT_START, end: AT_END } as const;

const ANY = -1;
const isLineBreak = (code: number) => code === 10 || code === 13 || code === 0x2028 || code === 0x2029;

export function compileLinearPattern(source: string): TLinearPattern {
  const parser = { source, at: 0 };
  const tree = parseAlternation(parser);
  if (parser.at < source.length) throw new SyntaxError(`Unexpected "${source[parser.at]}" at ${parser.at} in /${source}/`);
  const states: TState[] = [{ kind: "match" }];
  const start = compile(tree, 0, states);
  const pattern: TLinearPattern = {
    source,
    kind: Uint8Array.from(states, (st) => KIND[st.kind]),
    code: Int32Array.from(states, (st) => (st.kind === "char" ? st.code : 0)),
    out: Int32Array.from(states, (st) => ("out" in st ? st.out : 0)),
    alt: Int32Array.from(states, (st) => (st.kind === "split" ? st.alt : 0)),
    start,
    anchored: false,
  };
  // Probed on a one-character text at its end: from the start state, is any state reachable past position 0?
  const walk = walker(pattern, { count: 0 });
  pattern.anchored = walk.follow(walk.lists[0], 0, start, 1, 1) === 0;
  return pattern;
}

/** Whether the pattern matches anywhere in `text` (as RegExp.prototype.test with the `i` flag). `steps` counts state visits. */
export function testLinearPattern(pattern: TLinearPattern, text: string, steps = { count: 0 }): boolean {
  const input = text.toLowerCase();
  const { kind, code: codes, out, anchored } = pattern;
  const walk = walker(pattern, steps);
  let [current, next] = walk.lists;
  let alive = 0;
  for (let position = 0; ; position += 1) {
    // Unanchored: a match may begin at any position (an anchored pattern's start leads nowhere after the first).
    if (position === 0 || !anchored) alive = walk.follow(current, alive, pattern.start, position, input.length);
    if (alive === 0 && (anchored || position === input.length)) return false;
    for (let i = 0; i < alive; i += 1) if (current[i] === MATCH) return true;
    if (position === input.length) return false;
    const code = input.charCodeAt(position);
    let nextAlive = 0;
    for (let i = 0; i < alive; i += 1) {
      const s = current[i]!;
      steps.count += 1;
      if (kind[s] !== CHAR) continue;
      const wanted = codes[s]!;
      if (wanted === code || (wanted === ANY && !isLineBreak(code))) nextAlive = walk.follow(next, nextAlive, out[s]!, position + 1, input.length);
    }
    [current, next] = [next, current];
    alive = nextAlive;
  }
}

/** The state lists of one pass, and the walk that fills them. */
function walker(pattern: TLinearPattern, steps: { count: number }) {
  const size = pattern.kind.length;
  const seenAt = new Int32Array(size).fill(-1);
  const stack = new Int32Array(2 * size + 2); // each split pushes two states, every other state at most one
  const { kind, out, alt } = pattern;
  return {
    lists: [new Int32Array(size), new Int32Array(size)] as const,
    /**
     * Appends to `list` (holding `length` states) the states that read a character, or match, reachable from
     * `state` without reading one at `position`; returns the list's new length. Each state is visited once per position.
     */
    follow(list: Int32Array, length: number, state: number, position: number, textLength: number): number {
      let top = 0;
      let added = length;
      stack[top++] = state;
      while (top > 0) {
        const s = stack[--top]!;
        if (seenAt[s] === position) continue;
        seenAt[s] = position;
        steps.count += 1;
        const k = kind[s];
        if (k === SPLIT) {
          stack[top++] = alt[s]!;
          stack[top++] = out[s]!;
        } else if (k === AT_START) {
          if (position === 0) stack[top++] = out[s]!;
        } else if (k === AT_END) {
          if (position === textLength) stack[top++] = out[s]!;
        } else list[added++] = s;
      }
      return added;
    },
  };
}

/** Compiles `node` so that it continues to state `next`; returns its first state. */
function compile(node: TNode, next: number, states: TState[]): number {
  const add = (state: TState) => states.push(state) - 1;
  switch (node.kind) {
    case "char":
      return add({ kind: "char", code: node.code, out: next });
    case "start":
    case "end":
      return add({ kind: node.kind, out: next });
    case "concat":
      return node.parts.reduceRight((continuation, part) => compile(part, continuation, states), next);
    case "alt":
      return node.parts
        .map((part) => compile(part, next, states))
        .reduceRight((otherwise, first) => add({ kind: "split", out: first, alt: otherwise }));
    case "optional":
      return add({ kind: "split", out: compile(node.part, next, states), alt: next });
    case "star":
    case "plus": {
      const loop = add({ kind: "split", out: -1, alt: next });
      const body = compile(node.part, loop, states);
      (states[loop] as Extract<TState, { kind: "split" }>).out = body;
      return node.kind === "star" ? loop : body;
    }
  }
}

type TParser = { source: string; at: number };

function parseAlternation(p: TParser): TNode {
  const parts = [parseConcatenation(p)];
  while (p.source[p.at] === "|") {
    p.at += 1;
    parts.push(parseConcatenation(p));
  }
  return parts.length === 1 ? parts[0]! : { kind: "alt", parts };
}

function parseConcatenation(p: TParser): TNode {
  const parts: TNode[] = [];
  while (p.at < p.source.length && p.source[p.at] !== "|" && p.source[p.at] !== ")") {
    let atom = parseAtom(p);
    const suffix = p.source[p.at];
    if (suffix === "*" || suffix === "+" || suffix === "?") {
      if (atom.kind === "start" || atom.kind === "end") throw new SyntaxError(`Nothing to repeat at ${p.at} in /${p.source}/`);
      p.at += 1;
      const after = p.source[p.at];
      if (after !== undefined && "*+?{".includes(after)) throw new SyntaxError(`Lazy or repeated quantifiers are not supported in /${p.source}/`);
      atom = { kind: suffix === "*" ? "star" : suffix === "+" ? "plus" : "optional", part: atom };
    }
    parts.push(atom);
  }
  return { kind: "concat", parts };
}

function parseAtom(p: TParser): TNode {
  const c = p.source[p.at]!;
  p.at += 1;
  if (c === "(") {
    if (p.source[p.at] === "?") throw new SyntaxError(`Groups with "(?" are not supported in /${p.source}/`);
    const inner = parseAlternation(p);
    if (p.source[p.at] !== ")") throw new SyntaxError(`Unclosed group in /${p.source}/`);
    p.at += 1;
    return inner;
  }
  if (c === "^") return { kind: "start" };
  if (c === "$") return { kind: "end" };
  if (c === ".") return { kind: "char", code: ANY };
  if (c === "\\") {
    const escaped = p.source[p.at];
    // Only punctuation may be escaped: letters and digits after "\" are classes or backreferences in RegExp.
    if (escaped === undefined || /[\p{L}\p{N}]/u.test(escaped)) throw new SyntaxError(`Unsupported escape at ${p.at} in /${p.source}/`);
    p.at += 1;
    return literal(escaped);
  }
  if ("[]{}*+?".includes(c)) throw new SyntaxError(`Unsupported "${c}" at ${p.at - 1} in /${p.source}/`);
  return literal(c);
}

function literal(c: string): TNode {
  const lower = c.toLowerCase();
  if (lower.length !== 1) throw new SyntaxError(`"${c}" has no one-character lower case`);
  return { kind: "char", code: lower.charCodeAt(0) };
}
