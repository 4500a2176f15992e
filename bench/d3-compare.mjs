// Compares the width of Orgwright's layout with d3-hierarchy's layered tidy tree and d3-flextree
// (non-layered, true box sizes) on identical generated org charts, and times the two d3 engines.
// Not part of the Maven build. From this folder:
//   npm ci && (cd .. && mvn -q package -DskipTests) && node d3-compare.mjs [--jar ../target/orgwright.jar]
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as d3 from 'd3-hierarchy';
import { flextree } from 'd3-flextree';

const args = process.argv.slice(2);
const jar = args.includes('--jar') ? args[args.indexOf('--jar') + 1] : '../target/orgwright.jar';
const GAP = 20, ROW_GAP = 40, H = 60; // H: the row pitch of d3.tree(), and the chains' box height

function rng(seed) { // mulberry32: the same trees on every run
  return () => {
    seed |= 0; seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const int = (r, lo, hi) => lo + Math.floor(r() * (hi - lo + 1));

// "full": every manager has 3-12 reports, filled breadth first (the shape of the Java benchmark).
// "mixed": the root and about a third of the others manage 3-12 reports, so leaves sit at every
// level and the tree is 6 to 10 levels deep, as real org charts are. Boxes 120-220 x 48-88 px.
function generate(n, shape, seed) {
  const r = rng(seed);
  const box = () => ({ w: int(r, 120, 220), h: int(r, 48, 88) });
  const nodes = [{ id: 'p0', parent: null, ...box(), depth: 0 }];
  const queue = [0];
  for (let head = 0; nodes.length < n && head < queue.length; head++) {
    const m = queue[head];
    const manages = shape === 'full' || m === 0 || (nodes[m].depth < 9 && r() < 0.36);
    if (!manages) continue;
    const span = int(r, 3, 12);
    for (let k = 0; k < span && nodes.length < n; k++) {
      queue.push(nodes.length);
      nodes.push({ id: 'p' + nodes.length, parent: 'p' + m, ...box(), depth: nodes[m].depth + 1 });
    }
  }
  return nodes;
}

const stratify = nodes => d3.stratify().id(d => d.id).parentId(d => d.parent)(nodes);

/** Width of the drawn chart: true boxes centred on the x each engine gave them. */
function extent(root) {
  let lo = Infinity, hi = -Infinity;
  root.each(n => { lo = Math.min(lo, n.x - n.data.w / 2); hi = Math.max(hi, n.x + n.data.w / 2); });
  return hi - lo;
}

/** d3.tree() with every slot as wide as the widest box: what d3-hierarchy does out of the box. */
function d3Slots(nodes) {
  const maxW = Math.max(...nodes.map(n => n.w));
  const root = stratify(nodes);
  d3.tree().nodeSize([maxW + GAP, 88 + ROW_GAP]).separation(() => 1)(root);
  return extent(root);
}

/** d3.tree() told each box's width through separation(): a layered tidy tree of true widths. */
function d3Widths(nodes) {
  const root = stratify(nodes);
  d3.tree().nodeSize([1, H + ROW_GAP]).separation((a, b) => (a.data.w + b.data.w) / 2 + GAP)(root);
  return extent(root);
}

function flexLayout(nodes) {
  const layout = flextree({ nodeSize: n => [n.data.w + GAP, n.data.h + ROW_GAP], spacing: 0 });
  const root = layout.hierarchy(stratify(nodes), d => d.children).each(n => { n.data = n.data.data; });
  layout(root);
  return root;
}

function flexWidth(nodes) {
  try {
    return extent(flexLayout(nodes));
  } catch (e) {
    return e instanceof RangeError ? 'stack overflow' : `failed: ${e.message}`;
  }
}

function orgwright(file, compact) {
  const out = execFileSync('java', ['-jar', jar, 'layout', '--boxes', file, ...(compact ? ['--compact'] : [])],
    { maxBuffer: 1 << 30, encoding: 'utf8' });
  return JSON.parse(out).width;
}

function median(runs, f) {
  const times = [];
  for (let k = 0; k < runs; k++) times.push(f());
  times.sort((a, b) => a - b);
  return times[runs >> 1];
}

function timed(f) {
  const t0 = process.hrtime.bigint();
  f();
  return Number(process.hrtime.bigint() - t0) / 1e6;
}

const dir = mkdtempSync(join(tmpdir(), 'orgwright-d3-'));
const fmt = x => typeof x === 'number' ? Math.round(x).toLocaleString('en-US') : x;
const ratio = (a, b) => typeof b === 'number' ? (a / b).toFixed(3) : '—';
console.log('Chart widths in px (boxes 120-220 x 48-88, gap 20, row gap 40). d3 slots: d3.tree() with slots as wide as the');
console.log('widest box; d3 widths: d3.tree() with separation() from each box width (same widths and gaps as Orgwright).');
console.log();
console.log('shape   boxes  depth  d3 slots  d3 widths  d3-flextree  orgwright  /d3 widths  /flextree    compact  /d3 widths');
for (const shape of ['full', 'mixed']) {
  for (const n of [1000, 10000]) {
    const nodes = generate(n, shape, 42 + n);
    const depth = Math.max(...nodes.map(d => d.depth)) + 1;
    const file = join(dir, `${shape}-${n}.json`);
    writeFileSync(file, JSON.stringify({ nodes: nodes.map(({ id, parent, w, h }) => ({ id, parent, w, h })) }));
    const slots = d3Slots(nodes);
    const widths = d3Widths(nodes);
    const flex = flexWidth(nodes);
    const o = orgwright(file, false);
    const c = orgwright(file, true);
    console.log(`${shape.padEnd(6)} ${String(nodes.length).padStart(6)} ${String(depth).padStart(6)}`
      + ` ${fmt(slots).padStart(9)} ${fmt(widths).padStart(10)} ${fmt(flex).padStart(12)} ${fmt(o).padStart(10)}`
      + ` ${ratio(o, widths).padStart(11)} ${ratio(o, flex).padStart(10)} ${fmt(c).padStart(10)} ${ratio(c, widths).padStart(11)}`);
  }
}
rmSync(dir, { recursive: true, force: true });

console.log();
const big = generate(100000, 'full', 7);
const root = stratify(big);
const tree = d3.tree().nodeSize([1, H + ROW_GAP]).separation((a, b) => (a.data.w + b.data.w) / 2 + GAP);
console.log(`d3-hierarchy tree() on 100,000 boxes: median ${median(7, () => timed(() => tree(root))).toFixed(1)} ms of 7 runs`
  + ' (stratify not counted)');
console.log(`d3-flextree on 100,000 boxes: median ${median(5, () => timed(() => flexLayout(big))).toFixed(1)} ms of 5 runs`
  + ' (its hierarchy included)');
for (const n of [1000, 10000]) {
  const chain = Array.from({ length: n }, (_, i) => ({ id: 'p' + i, parent: i ? 'p' + (i - 1) : null, w: 160, h: H }));
  let d3Result, flexResult;
  try { const r = stratify(chain); tree(r); d3Result = 'ok'; } catch (e) { d3Result = e instanceof RangeError ? 'stack overflow' : e.message; }
  const f = flexWidth(chain);
  flexResult = typeof f === 'number' ? 'ok' : f;
  console.log(`chain of ${n.toLocaleString('en-US')}: d3-hierarchy ${d3Result}, d3-flextree ${flexResult}`);
}
