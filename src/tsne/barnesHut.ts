/**
 * Barnes-Hut repulsion for 2-D t-SNE (van der Maaten 2014, "Accelerating t-SNE using tree-based
 * algorithms"): a quadtree over the layout; a cell seen from point i at distance d is summarised by its
 * centre of mass when its width / d < θ, so one gradient costs O(n log n) instead of O(n²).
 * θ = 0 never summarises and reproduces the exact sum (tested).
 */

interface QuadTree {
  /** Points reordered so every node covers `order[start[k] … end[k]-1]`. */
  order: Int32Array;
  start: number[];
  end: number[];
  /** Centre of mass and width of each node's cell. */
  mx: number[];
  my: number[];
  width: number[];
  /** Children of node k (−1 for a leaf), four per node. */
  child: number[];
}

/** The quadtree of `y` (n × 2). */
function quadTree(y: ArrayLike<number>, n: number): QuadTree {
  let x0 = Infinity,
    x1 = -Infinity,
    y0 = Infinity,
    y1 = -Infinity;
  for (let i = 0; i < n; i++) {
    x0 = Math.min(x0, y[2 * i]);
    x1 = Math.max(x1, y[2 * i]);
    y0 = Math.min(y0, y[2 * i + 1]);
    y1 = Math.max(y1, y[2 * i + 1]);
  }
  const t: QuadTree = { order: Int32Array.from({ length: n }, (_, i) => i), start: [], end: [], mx: [], my: [], width: [], child: [] };
  const half = Math.max(x1 - x0, y1 - y0) / 2 + 1e-9;
  build(t, y, 0, n, (x0 + x1) / 2, (y0 + y1) / 2, half, new Int32Array(n));
  return t;
}

/** Adds node for order[start, end) in the square centred (cx, cy) of half-width `half`; returns its index. */
function build(t: QuadTree, y: ArrayLike<number>, start: number, end: number, cx: number, cy: number, half: number, tmp: Int32Array): number {
  const k = t.start.length;
  let sx = 0,
    sy = 0;
  for (let e = start; e < end; e++) {
    sx += y[2 * t.order[e]];
    sy += y[2 * t.order[e] + 1];
  }
  t.start.push(start);
  t.end.push(end);
  t.mx.push(sx / (end - start));
  t.my.push(sy / (end - start));
  t.width.push(2 * half);
  t.child.push(-1, -1, -1, -1);
  if (end - start <= 1 || half < 1e-12) return k; // a leaf: one point, or points too close to split
  const quadrant = (i: number) => (y[2 * i] >= cx ? 1 : 0) + (y[2 * i + 1] >= cy ? 2 : 0);
  const bounds = [start, start, start, start, start];
  for (let e = start; e < end; e++) bounds[quadrant(t.order[e]) + 1]++;
  for (let q = 1; q <= 4; q++) bounds[q] += bounds[q - 1] - start;
  const fill = bounds.slice(0, 4);
  for (let e = start; e < end; e++) tmp[fill[quadrant(t.order[e])]++] = t.order[e];
  t.order.set(tmp.subarray(start, end), start);
  for (let q = 0; q < 4; q++) {
    if (bounds[q + 1] === bounds[q]) continue;
    const h = half / 2;
    t.child[4 * k + q] = build(t, y, bounds[q], bounds[q + 1], cx + (q & 1 ? h : -h), cy + (q & 2 ? h : -h), h, tmp);
  }
  return k;
}

/** Adds Σⱼ wᵢⱼ²(yᵢ − yⱼ) (approximated at accuracy θ) to each row of `out`; returns Z ≈ Σᵢ≠ⱼ wᵢⱼ. */
export function barnesHutRepulsion(y: ArrayLike<number>, n: number, theta: number, out: Float64Array): number {
  const t = quadTree(y, n);
  const stack: number[] = [];
  let z = 0;
  for (let i = 0; i < n; i++) {
    const yx = y[2 * i],
      yy = y[2 * i + 1];
    let fx = 0,
      fy = 0;
    stack.push(0);
    while (stack.length) {
      const k = stack.pop() as number;
      const leaf = t.child[4 * k] < 0 && t.child[4 * k + 1] < 0 && t.child[4 * k + 2] < 0 && t.child[4 * k + 3] < 0;
      const dx = yx - t.mx[k],
        dy = yy - t.my[k],
        d2 = dx * dx + dy * dy;
      if (leaf || t.width[k] * t.width[k] < theta * theta * d2) {
        if (leaf && t.end[k] - t.start[k] === 1 && t.order[t.start[k]] === i) continue;
        // A leaf holding i among coincident points: the others sit at distance ~0 from it.
        const count = t.end[k] - t.start[k] - (leaf && containsPoint(t, k, i) ? 1 : 0);
        const w = 1 / (1 + d2);
        z += count * w;
        fx += count * w * w * dx;
        fy += count * w * w * dy;
      } else {
        for (let q = 0; q < 4; q++) if (t.child[4 * k + q] >= 0) stack.push(t.child[4 * k + q]);
      }
    }
    out[2 * i] += fx;
    out[2 * i + 1] += fy;
  }
  return z;
}

function containsPoint(t: QuadTree, k: number, i: number): boolean {
  for (let e = t.start[k]; e < t.end[k]; e++) if (t.order[e] === i) return true;
  return false;
}
