# Graph algorithms: BFS, DFS, Dijkstra with a hand-written heap, topological sort, connected components.
class MinHeap:
    def __init__(self):
        self.items = []
    def push(self, item):
        a = self.items
        a.append(item)
        i = len(a) - 1
        while i > 0:
            parent = (i - 1) // 2
            if a[i] < a[parent]:
                a[i], a[parent] = a[parent], a[i]
                i = parent
            else:
                break
    def pop(self):
        a = self.items
        last = a.pop()
        if not a:
            return last
        top, a[0] = a[0], last
        i = 0
        while True:
            l, r, small = 2 * i + 1, 2 * i + 2, i
            if l < len(a) and a[l] < a[small]:
                small = l
            if r < len(a) and a[r] < a[small]:
                small = r
            if small == i:
                return top
            a[i], a[small] = a[small], a[i]
            i = small
    def __len__(self):
        return len(self.items)
EDGES = [("A", "B", 4), ("A", "C", 2), ("B", "C", 5), ("B", "D", 10), ("C", "E", 3), ("E", "D", 4), ("D", "F", 11),
         ("E", "F", 20), ("G", "H", 1)]
graph = {}
for a, b, w in EDGES:
    graph.setdefault(a, []).append((b, w))
    graph.setdefault(b, []).append((a, w))
for k in graph:
    graph[k].sort()
def bfs(start):
    order, seen, queue = [], {start}, [start]
    while queue:
        node = queue.pop(0)
        order.append(node)
        for nxt, _ in graph[node]:
            if nxt not in seen:
                seen.add(nxt)
                queue.append(nxt)
    return order
def dfs(start, seen=None):
    seen = seen if seen is not None else []
    seen.append(start)
    for nxt, _ in graph[start]:
        if nxt not in seen:
            dfs(nxt, seen)
    return seen
def dijkstra(start):
    dist = {start: 0}
    prev = {}
    heap = MinHeap()
    heap.push((0, start))
    while heap:
        d, node = heap.pop()
        if d > dist.get(node, float("inf")):
            continue
        for nxt, w in graph[node]:
            nd = d + w
            if nd < dist.get(nxt, float("inf")):
                dist[nxt] = nd
                prev[nxt] = node
                heap.push((nd, nxt))
    return dist, prev
def path(prev, target):
    out = [target]
    while out[-1] in prev:
        out.append(prev[out[-1]])
    return out[::-1]
print("BFS from A:", bfs("A"))
print("DFS from A:", dfs("A"))
dist, prev = dijkstra("A")
for node in sorted(dist):
    print(f"  A -> {node}: {dist[node]:3d} via {' -> '.join(path(prev, node))}")
def components():
    seen, comps = set(), []
    for node in sorted(graph):
        if node not in seen:
            comp = dfs(node, [])
            seen.update(comp)
            comps.append(sorted(comp))
    return comps
print("components:", components())
deps = {"app": ["lib", "utils"], "lib": ["core"], "utils": ["core", "fmt"], "core": [], "fmt": [], "tests": ["app"]}
def toposort(deps):
    state, order = {}, []
    def visit(n, trail):
        if state.get(n) == "done":
            return
        if state.get(n) == "visiting":
            raise ValueError("cycle: " + " -> ".join(trail + [n]))
        state[n] = "visiting"
        for d in sorted(deps[n]):
            visit(d, trail + [n])
        state[n] = "done"
        order.append(n)
    for n in sorted(deps):
        visit(n, [])
    return order
print("build order:", toposort(deps))
deps["core"] = ["app"]
try:
    toposort(deps)
except ValueError as e:
    print("ValueError:", e)
h = MinHeap()
for v in [5, 3, 9, 1, 7, 2, 8]:
    h.push(v)
print("heap sort:", [h.pop() for _ in range(len(h))])
