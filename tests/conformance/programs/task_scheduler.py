# A cooperative task scheduler: a binary heap written by hand (push/pop/heapify/replace like heapq),
# generator-based tasks that yield sleep requests, priorities with stable tie-breaking, cancellation,
# a context manager that times sections in simulated ticks, and summary statistics.


def _sift_down(heap, start, pos):
    item = heap[pos]
    while pos > start:
        parent = (pos - 1) >> 1
        if item < heap[parent]:
            heap[pos] = heap[parent]
            pos = parent
            continue
        break
    heap[pos] = item


def _sift_up(heap, pos):
    end = len(heap)
    start = pos
    item = heap[pos]
    child = 2 * pos + 1
    while child < end:
        right = child + 1
        if right < end and not heap[child] < heap[right]:
            child = right
        heap[pos] = heap[child]
        pos = child
        child = 2 * pos + 1
    heap[pos] = item
    _sift_down(heap, start, pos)


def heappush(heap, item):
    heap.append(item)
    _sift_down(heap, 0, len(heap) - 1)


def heappop(heap):
    last = heap.pop()
    if heap:
        top = heap[0]
        heap[0] = last
        _sift_up(heap, 0)
        return top
    return last


def heapreplace(heap, item):
    top = heap[0]
    heap[0] = item
    _sift_up(heap, 0)
    return top


def heapify(items):
    for i in reversed(range(len(items) // 2)):
        _sift_up(items, i)


class Sleep:
    __slots__ = ("ticks",)

    def __init__(self, ticks):
        self.ticks = ticks

    def __repr__(self):
        return f"Sleep({self.ticks})"


class Cancelled(Exception):
    pass


class Task:
    _next_id = 0
    kind = "task"

    def __init_subclass__(cls, kind="task", **kw):
        super().__init_subclass__(**kw)
        cls.kind = kind

    def __init__(self, name, gen, priority=0):
        Task._next_id += 1
        self.id = Task._next_id
        self.name = name
        self.gen = gen
        self.priority = priority
        self.result = None
        self.error = None
        self.steps = 0
        self.done = False

    def __repr__(self):
        state = "done" if self.done else "pending"
        return f"<{type(self).__name__} #{self.id} {self.name} p={self.priority} {state}>"


class UrgentTask(Task, kind="urgent"):
    pass


class Clock:
    def __init__(self):
        self.now = 0


class Timed:
    """Context manager measuring simulated time spent in a block."""
    totals = {}

    def __init__(self, clock, label):
        self.clock = clock
        self.label = label

    def __enter__(self):
        self.start = self.clock.now
        return self

    def __exit__(self, exc_type, exc, tb):
        spent = self.clock.now - self.start
        Timed.totals[self.label] = Timed.totals.get(self.label, 0) + spent
        return exc_type is Cancelled


class Scheduler:
    def __init__(self):
        self.clock = Clock()
        self.ready = []
        self.counter = 0
        self.finished = []
        self.trace = []

    def spawn(self, task, delay=0):
        self.counter += 1
        heappush(self.ready, (self.clock.now + delay, -task.priority, self.counter, task))
        return task

    def cancel(self, task):
        for i, entry in enumerate(self.ready):
            if entry[3] is task:
                self.ready[i] = self.ready[-1]
                self.ready.pop()
                heapify(self.ready)
                break
        try:
            last = task.gen.throw(Cancelled(f"{task.name} cancelled"))
        except (Cancelled, StopIteration) as e:
            task.error = e if isinstance(e, Cancelled) else None
            last = None
        else:
            task.gen.close()
        task.done = True
        self.finished.append(task)
        self.trace.append(f"t={self.clock.now:>3} {task.name} cancelled, last words {last!r}")
        return last

    def run(self, limit=100):
        while self.ready and limit > 0:
            limit -= 1
            when, _, _, task = heappop(self.ready)
            self.clock.now = max(self.clock.now, when)
            task.steps += 1
            try:
                request = next(task.gen)
            except StopIteration as stop:
                task.result = stop.value
                task.done = True
                self.finished.append(task)
                self.trace.append(f"t={self.clock.now:>3} {task.name} finished -> {stop.value!r}")
                continue
            except Exception as exc:
                task.error = exc
                task.done = True
                self.finished.append(task)
                self.trace.append(f"t={self.clock.now:>3} {task.name} failed: {type(exc).__name__}: {exc}")
                continue
            if isinstance(request, Sleep):
                self.trace.append(f"t={self.clock.now:>3} {task.name} sleeps {request.ticks}")
                self.spawn(task, request.ticks)
            elif isinstance(request, Task):
                self.trace.append(f"t={self.clock.now:>3} {task.name} spawns {request.name}")
                self.spawn(request)
                self.spawn(task)
            else:
                self.trace.append(f"t={self.clock.now:>3} {task.name} yielded {request!r}")
                self.spawn(task)
        return limit


sched = Scheduler()


def worker(name, jobs, cost):
    total = 0
    for job in jobs:
        with Timed(sched.clock, name):
            yield Sleep(cost)
        total += job * job
    return total


def countdown(n):
    while n:
        yield f"tick {n}"
        n -= 1
    return "liftoff"


def parent():
    child = Task("child", countdown(2), priority=5)
    yield child
    yield Sleep(3)
    return f"child done={child.done} result={child.result!r}"


def faulty():
    yield Sleep(1)
    raise ValueError("bad input")


def delegating():
    first = yield from countdown(1)
    second = yield from worker("inner", [3], 2)
    return (first, second)


def endless():
    try:
        while True:
            yield Sleep(4)
    except Cancelled:
        yield "cleanup"
        yield "never reached"


data = [9, 4, 7, 1, 8, 2, 6, 3, 5, 0]
heap = list(data)
heapify(heap)
print(heap[0], [heappop(heap) for _ in range(len(heap))])
heap = []
for x in data:
    heappush(heap, (x % 3, x))
print(heapreplace(heap, (0, 100)), heappop(heap), len(heap))

tasks = [
    sched.spawn(Task("w1", worker("w1", [1, 2, 3], 2))),
    sched.spawn(UrgentTask("w2", worker("w2", [4, 5], 3), priority=10)),
    sched.spawn(Task("parent", parent(), priority=1)),
    sched.spawn(Task("faulty", faulty())),
    sched.spawn(Task("deleg", delegating())),
]
forever = sched.spawn(Task("forever", endless()), delay=1)
left = sched.run(limit=18)
print("cancel forever:", sched.cancel(forever), forever.error)
left = sched.run(limit=left + 10)
for line in sched.trace:
    print(line)
print("budget left:", left, "clock:", sched.clock.now)
for t in sorted(sched.finished, key=lambda t: (t.kind, t.id)):
    print(t, t.kind, t.steps, repr(t.result), type(t.error).__name__ if t.error else "-")
print(sorted(Timed.totals.items()))
print(Task.kind, UrgentTask.kind, UrgentTask.__mro__[1].__name__, repr(Sleep(2)))
try:
    Sleep(1).other = 2
except AttributeError as e:
    print("AttributeError:", e)
