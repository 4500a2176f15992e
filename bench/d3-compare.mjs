// Compares the width of Orgwright's layout with d3-hierarchy's layered tidy tree (equal slots)
// and d3-flextree (true box sizes) on identical generated org charts, and times d3-hierarchy.
// Run from a folder where d3-hierarchy and d3-flextree are installed (see bench/README.md):
//   node /path/to/bench/d3-compare.mjs --jar /path/to/target/orgwright.jar
import { execFileSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { mkdtempSync, writeFileSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

const args = process.argv.slice(2);
const jar = args.includes('--jar') ? args[args.indexOf('--jar') + 1] : 'target/orgwright.jar';
const require = createRequire(join(process.cwd(), 'package.json'));
const d3 = await import(pathToFileURL(require.resolve('d3-hierarchy')).href);
const flextree = require('d3-flextree').flextree;
const GAP = 20, ROW_GAP = 40, H = 60;

function rng(seed) { // mulberry32: the same trees on every run
  return () => {
    seed |= 0; seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const int = (r, lo, hi) => lo + Math.floor(r() * (hi - lo + 1));

// "full": every manager has 3-12 reports, filled breadth first (as the Java benchmark's trees).
// "mixed": a third of the positions manage 3-12 reports, so leaves sit at every level (depth <= 10).
function generate(n, shape, seed) {
  const r = rng(seed);
  const nodes = [{ id: 'p0', parent: null, w: int(r, 120, 220), h: H, depth: 0 }];
  const queue = [0];
  let head = 0;
  while (nodes.length < n && head < queue.length) {
    const m = queue[head++];
    const manages = shape === 'full' || m === 0 || (nodes[m].depth < 9 && r() < 0.36);
    if (!manages) continue;
    const span = int(r, 3, 12);
    for (let k = 0; k < span && nodes.length < n; k++) {
      queue.push(nodes.length);
      nodes.push({ id: 'p' + nodes.length, parent: 'p' + m, w: int(r, 120, 220), h: H, depth: nodes[m].depth + 1 });
    }
    if (head === queue.length && nodes.length < n) queue.push(...nodes.map((_, i) => i)); // rare: start again
  }
  return nodes.map(({ id, parent, w, h }) => ({ id, parent, w, h }));
}

function stratify(nodes) {
  return d3.stratify().id(d => d.id).parentId(d => d.parent)(nodes);
}

/** Width of the drawn chart: true boxes centred on the x the engine gave them. */
function extent(root) {
  let lo = Infinity, hi = -Infinity;
  root.each(n => { lo = Math.min(lo, n.x - n.data.w / 2); hi = Math.max(hi, n.x + n.data.w / 2); });
  return hi - lo;
}

function d3Hierarchy(nodes) {
  const maxW = Math.max(...nodes.map(n => n.w));
  const root = stratify(nodes);
  d3.tree().nodeSize([maxW + GAP, H + ROW_GAP]).separation(() => 1)(root);
  return extent(root);
}

function d3Flextree(nodes) {
  const root = flextree({ nodeSize: n => [n.data.w + GAP, n.data.h + ROW_GAP], spacing: 0 }).hierarchy(stratify(nodes).copy().data, d => d.children);
  return null ?? root;
}

function flexWidth(nodes) {
  // flextree lays out its own hierarchy: build nested data first (iteratively), then lay out.
  const byId = new Map(nodes.map(n => [n.id, { ...n, children: [] }]));
  let top;
  for (const n of nodes) (n.parent === null ? (top = byId.get(n.id)) : byId.get(n.parent).children.push(byId.get(n.id)));
  const layout = flextree({ nodeSize: n => [n.data.w + GAP, n.data.h + ROW_GAP], spacing: 0 });
  const root = layout.hierarchy(top);
  layout(root);
  return extent(root);
}

function orgwright(file, compact) {
  const out = execFileSync('java', ['-jar', jar, 'layout', '--boxes', file, ...(compact ? ['--compact'] : [])],
    { maxBuffer: 1 << 30, encoding: 'utf8' });
  return JSON.parse(out).width;
}

const dir = mkdtempSync(join(tmpdir(), 'orgwright-d3-'));
const fmt = x => x === null ? '—' : Math.round(x).toLocaleString('en-US');
console.log('shape  boxes    d3-hierarchy   d3-flextree     orgwright  orgwright/d3h   compact   compact/d3h');
for (const shape of ['full', 'mixed']) {
  for (const n of [1000, 10000]) {
    const nodes = generate(n, shape, 42 + n);
    const file = join(dir, `${shape}-${n}.json`);
    writeFileSync(file, JSON.stringify({ nodes }));
    const h = d3Hierarchy(nodes);
    let f = null;
    try { f = flexWidth(nodes); } catch (e) { f = null; }
    const o = orgwright(file, false);
    const c = orgwright(file, true);
    console.log(`${shape.padEnd(6)} ${String(n).padStart(6)} ${fmt(h).padStart(14)} ${fmt(f).padStart(13)} ${fmt(o).padStart(13)}`
      + ` ${(o / h).toFixed(3).padStart(14)} ${fmt(c).padStart(9)} ${(c / h).toFixed(3).padStart(13)}`);
  }
}

const big = generate(100000, 'full', 7);
const times = [];
for (let run = 0; run < 7; run++) {
  const root = stratify(big);
  const t0 = process.hrtime.bigint();
  d3.tree().nodeSize([240, H + ROW_GAP]).separation(() => 1)(root);
  times.push(Number(process.hrtime.bigint() - t0) / 1e6);
}
times.sort((a, b) => a - b);
console.log(`d3-hierarchy tree() on 100,000 boxes: median ${times[3].toFixed(1)} ms of 7 runs (stratify not counted)`);
