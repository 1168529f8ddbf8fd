/** What ordering reads of a graph node (a `GraphNode`): its children, and whether it is shared. */
interface LinkedNode {
  readonly children: readonly number[];
  shared: boolean;
}

/** How many components a graph has with each shared sub-assembly counted on every path. */
export function expandedSize(nodes: readonly LinkedNode[], childrenFirst: Uint32Array): number {
  const sizes = new Float64Array(nodes.length);
  for (const index of childrenFirst) {
    let size = 1;
    for (const child of (nodes[index] as LinkedNode).children) size += sizes[child] as number;
    sizes[index] = size;
  }
  return sizes[0] ?? 0;
}

/** Marks the nodes that more than one parent refers to as shared. */
export function markShared(nodes: LinkedNode[]): void {
  const seen = new Uint8Array(nodes.length);
  for (const node of nodes) {
    for (const child of node.children) {
      if (seen[child]) (nodes[child] as LinkedNode).shared = true;
      else seen[child] = 1;
    }
  }
}

/**
 * Orders the nodes children first by an iterative three-colour DFS, or finds a cycle (node
 * numbers, the first repeated at the end).
 */
export function orderNodes(nodes: readonly LinkedNode[]): {
  cycle?: number[];
  childrenFirst: Uint32Array;
} {
  const childrenFirst = new Uint32Array(nodes.length);
  let placed = 0;
  const state = new Uint8Array(nodes.length); // 0 new, 1 on the stack, 2 done
  // The DFS stack as two lists: a node, and the next of its children to visit.
  const stack: number[] = [];
  const nextChild: number[] = [];
  for (let start = 0; start < nodes.length; start++) {
    if (state[start] !== 0) continue;
    stack.push(start);
    nextChild.push(0);
    state[start] = 1;
    while (stack.length > 0) {
      const top = stack.length - 1;
      const index = stack[top] as number;
      const next = nextChild[top] as number;
      const children = (nodes[index] as LinkedNode).children;
      if (next >= children.length) {
        state[index] = 2;
        childrenFirst[placed++] = index;
        stack.pop();
        nextChild.pop();
        continue;
      }
      nextChild[top] = next + 1;
      const child = children[next] as number;
      if (state[child] === 1) {
        return { cycle: [...stack.slice(stack.indexOf(child)), child], childrenFirst };
      }
      if (state[child] === 0) {
        state[child] = 1;
        stack.push(child);
        nextChild.push(0);
      }
    }
  }
  return { childrenFirst };
}
