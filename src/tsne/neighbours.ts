/**
 * Each point's neighbours for the affinity matrix: all other points (exact t-SNE) or the `k` nearest
 * by squared Euclidean distance (Barnes-Hut-SNE's sparse P, van der Maaten 2014), found by brute force
 * with a bounded max-heap so memory stays O(n·k).
 */

/** Squared distances from row `i` of `x` (n × d, row-major) to every row, into `out` (length n). */
export function rowDistances(x: ArrayLike<number>, n: number, d: number, i: number, out: Float64Array): Float64Array {
  for (let j = 0; j < n; j++) {
    let s = 0;
    for (let k = 0; k < d; k++) {
      const t = x[i * d + k] - x[j * d + k];
      s += t * t;
    }
    out[j] = s;
  }
  return out;
}

/** Indices of the `k` smallest entries of `dist`, skipping `self`, in increasing index order. */
export function nearest(dist: ArrayLike<number>, k: number, self: number): Int32Array {
  const heap = new Int32Array(k); // max-heap on dist: heap[0] is the farthest kept
  let size = 0;
  for (let j = 0; j < dist.length; j++) {
    if (j === self) continue;
    if (size < k) {
      heap[size++] = j;
      siftUp(heap, dist, size - 1);
    } else if (dist[j] < dist[heap[0]]) {
      heap[0] = j;
      siftDown(heap, dist, size);
    }
  }
  return heap.slice(0, size).sort();
}

function siftUp(heap: Int32Array, dist: ArrayLike<number>, i: number): void {
  while (i > 0) {
    const parent = (i - 1) >> 1;
    if (dist[heap[parent]] >= dist[heap[i]]) return;
    [heap[parent], heap[i]] = [heap[i], heap[parent]];
    i = parent;
  }
}

function siftDown(heap: Int32Array, dist: ArrayLike<number>, size: number): void {
  for (let i = 0; ; ) {
    const l = 2 * i + 1,
      r = l + 1;
    let top = i;
    if (l < size && dist[heap[l]] > dist[heap[top]]) top = l;
    if (r < size && dist[heap[r]] > dist[heap[top]]) top = r;
    if (top === i) return;
    [heap[top], heap[i]] = [heap[i], heap[top]];
    i = top;
  }
}
