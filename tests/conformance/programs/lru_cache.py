# An LRU cache built on a doubly linked list and a dict, used as a memoizing decorator; stats reported.
class _Node:
    __slots__ = ("key", "value", "prev", "next")
    def __init__(self, key=None, value=None):
        self.key, self.value = key, value
        self.prev = self.next = None
class LRU:
    def __init__(self, capacity):
        if capacity < 1:
            raise ValueError("capacity must be positive")
        self.capacity = capacity
        self.map = {}
        self.head, self.tail = _Node(), _Node()
        self.head.next, self.tail.prev = self.tail, self.head
        self.hits = self.misses = self.evictions = 0
    def _unlink(self, node):
        node.prev.next, node.next.prev = node.next, node.prev
    def _push_front(self, node):
        node.prev, node.next = self.head, self.head.next
        self.head.next.prev = node
        self.head.next = node
    def get(self, key, default=None):
        node = self.map.get(key)
        if node is None:
            self.misses += 1
            return default
        self.hits += 1
        self._unlink(node)
        self._push_front(node)
        return node.value
    def put(self, key, value):
        node = self.map.get(key)
        if node:
            node.value = value
            self._unlink(node)
            self._push_front(node)
            return
        if len(self.map) >= self.capacity:
            victim = self.tail.prev
            self._unlink(victim)
            del self.map[victim.key]
            self.evictions += 1
        node = _Node(key, value)
        self.map[key] = node
        self._push_front(node)
    def keys(self):
        node, out = self.head.next, []
        while node is not self.tail:
            out.append(node.key)
            node = node.next
        return out
    def __len__(self):
        return len(self.map)
    def __contains__(self, key):
        return key in self.map
    def __repr__(self):
        return f"LRU({self.keys()}, hits={self.hits}, misses={self.misses}, evictions={self.evictions})"
c = LRU(3)
for k in "abcabdaeb":
    if c.get(k) is None:
        c.put(k, k.upper())
    print(k, c.keys())
print(c, len(c), "a" in c, "c" in c)
_missing = object()
def lru_cache(capacity):
    def deco(fn):
        cache = LRU(capacity)
        def wrapper(*args):
            v = cache.get(args, _missing)
            if v is _missing:
                v = fn(*args)
                cache.put(args, v)
            return v
        wrapper.cache = cache
        wrapper.__name__ = fn.__name__
        return wrapper
    return deco
@lru_cache(64)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(90), fib.cache.hits, fib.cache.misses, fib.cache.evictions, len(fib.cache))
@lru_cache(2)
def slow_square(x):
    print(f"  computing {x}^2")
    return x * x
print([slow_square(x) for x in [1, 2, 1, 3, 1, 2]], slow_square.cache)
try:
    LRU(0)
except ValueError as e:
    print("ValueError:", e)
