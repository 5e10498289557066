/**
 * A graph rewrite for tfjs graph models converted from Keras MobileNets: Keras writes ReLU6 as
 * `Maximum(Minimum(Relu(x), 6), 0)` (its `relu(x, max_value=6)` is `clip_by_value(relu(x), 0, 6)`),
 * three element-wise passes over every feature map, and tfjs's wasm backend runs `Minimum`/`Maximum`
 * against a scalar slowly (FaceRes on wasm: 72 of ~150 ms per face in those two ops). `Relu6(x)` is
 * the same function in one op, so the chain becomes `Relu6` followed by two `Identity` nodes — exactly
 * the same numbers, rewritten only where the two constants really are 6 and 0.
 */

/** A node of a TensorFlow GraphDef as tfjs's model.json stores it. */
export interface GraphNode {
  name: string;
  op: string;
  input?: string[];
  attr?: Record<string, unknown>;
}

/** Rewrites `nodes` in place; `scalar(name)` is the value of a scalar constant (undefined if it is not one). Returns how many chains it fused. */
export function fuseClippedRelu(nodes: GraphNode[], scalar: (name: string) => number | undefined): number {
  const byName = new Map(nodes.map((n) => [n.name, n]));
  const consumers = new Map<string, GraphNode[]>();
  for (const n of nodes) for (const i of n.input ?? []) consumers.set(i, [...(consumers.get(i) ?? []), n]);
  let fused = 0;
  for (const min of nodes) {
    if (min.op !== "Minimum" || min.input?.length !== 2) continue;
    const relu = byName.get(min.input[0]);
    const users = consumers.get(min.name) ?? [];
    const max = users[0];
    if (relu?.op !== "Relu" || scalar(min.input[1]) !== 6) continue;
    // The Relu must feed only this Minimum, and the Minimum only one Maximum(·, 0).
    if ((consumers.get(relu.name) ?? []).length !== 1 || users.length !== 1) continue;
    if (max.op !== "Maximum" || max.input?.length !== 2 || max.input[0] !== min.name || scalar(max.input[1]) !== 0) continue;
    relu.op = "Relu6";
    min.op = "Identity";
    min.input = [relu.name];
    max.op = "Identity";
    max.input = [min.name];
    fused++;
  }
  return fused;
}
