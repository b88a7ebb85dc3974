"""richards: Martin Richards' operating-system scheduler simulation (tasks, packets, queues).

Object-oriented, attribute- and call-heavy. One iteration runs the simulation ROUNDS times.
"""
import sys
import time

ROUNDS = 12
IDLE_COUNT = 10000
BUFSIZE = 4

I_IDLE, I_WORK, I_HANDLER_A, I_HANDLER_B, I_DEV_A, I_DEV_B = 1, 2, 3, 4, 5, 6
K_DEV, K_WORK = 1000, 1001


class Packet:
    def __init__(self, link, ident, kind):
        self.link = link
        self.ident = ident
        self.kind = kind
        self.datum = 0
        self.data = [0] * BUFSIZE

    def append_to(self, queue):
        self.link = None
        if queue is None:
            return self
        last = queue
        while last.link is not None:
            last = last.link
        last.link = self
        return queue


class Task:
    def __init__(self, sched, ident, priority, queue, pending, waiting, holding):
        self.sched = sched
        self.ident = ident
        self.priority = priority
        self.queue = queue
        self.packet_pending = pending
        self.task_waiting = waiting
        self.task_holding = holding
        self.link = sched.task_list
        sched.task_list = self
        sched.table[ident] = self

    def held_or_suspended(self):
        return self.task_holding or (not self.packet_pending and self.task_waiting)

    def run(self):
        if self.packet_pending and self.task_waiting and not self.task_holding:
            pkt = self.queue
            self.queue = pkt.link
            if self.queue is None:
                self.packet_pending = False
                self.task_waiting = False
                self.task_holding = False
            else:
                self.packet_pending = True
                self.task_waiting = False
                self.task_holding = False
        else:
            pkt = None
        return self.step(pkt)

    def add_packet(self, pkt, current):
        if self.queue is None:
            self.queue = pkt
            self.packet_pending = True
            if self.priority > current.priority:
                return self
        else:
            self.queue = pkt.append_to(self.queue)
        return current


class IdleTask(Task):
    def __init__(self, sched, ident, priority, queue):
        Task.__init__(self, sched, ident, priority, queue, False, False, False)
        self.seed = 1
        self.count = IDLE_COUNT

    def step(self, pkt):
        s = self.sched
        self.count -= 1
        if self.count == 0:
            return s.hold_self()
        if self.seed & 1 == 0:
            self.seed = self.seed >> 1
            return s.release(I_DEV_A)
        self.seed = (self.seed >> 1) ^ 0xD008
        return s.release(I_DEV_B)


class WorkTask(Task):
    def __init__(self, sched, ident, priority, queue):
        Task.__init__(self, sched, ident, priority, queue, True, True, False)
        self.dest = I_HANDLER_A
        self.count = 0

    def step(self, pkt):
        s = self.sched
        if pkt is None:
            return s.wait()
        self.dest = I_HANDLER_B if self.dest == I_HANDLER_A else I_HANDLER_A
        pkt.ident = self.dest
        pkt.datum = 0
        data = pkt.data
        for i in range(BUFSIZE):
            self.count += 1
            if self.count > 26:
                self.count = 1
            data[i] = 64 + self.count
        return s.queue_packet(pkt)


class HandlerTask(Task):
    def __init__(self, sched, ident, priority, queue):
        Task.__init__(self, sched, ident, priority, queue, True, True, False)
        self.work_in = None
        self.dev_in = None

    def step(self, pkt):
        s = self.sched
        if pkt is not None:
            if pkt.kind == K_WORK:
                self.work_in = pkt.append_to(self.work_in)
            else:
                self.dev_in = pkt.append_to(self.dev_in)
        work = self.work_in
        if work is not None:
            n = work.datum
            if n < BUFSIZE:
                dev = self.dev_in
                if dev is not None:
                    self.dev_in = dev.link
                    dev.datum = work.data[n]
                    work.datum = n + 1
                    return s.queue_packet(dev)
            else:
                self.work_in = work.link
                return s.queue_packet(work)
        return s.wait()


class DeviceTask(Task):
    def __init__(self, sched, ident, priority, queue):
        Task.__init__(self, sched, ident, priority, queue, False, True, False)
        self.pending = None

    def step(self, pkt):
        s = self.sched
        if pkt is None:
            if self.pending is None:
                return s.wait()
            out = self.pending
            self.pending = None
            return s.queue_packet(out)
        self.pending = pkt
        return s.hold_self()


class Scheduler:
    def __init__(self):
        self.task_list = None
        self.table = [None] * 7
        self.current = None
        self.queue_count = 0
        self.hold_count = 0

    def hold_self(self):
        self.hold_count += 1
        self.current.task_holding = True
        return self.current.link

    def release(self, ident):
        t = self.table[ident]
        t.task_holding = False
        if t.priority > self.current.priority:
            return t
        return self.current

    def wait(self):
        self.current.task_waiting = True
        return self.current

    def queue_packet(self, pkt):
        t = self.table[pkt.ident]
        self.queue_count += 1
        pkt.link = None
        pkt.ident = self.current.ident
        return t.add_packet(pkt, self.current)

    def schedule(self):
        t = self.task_list
        while t is not None:
            if t.held_or_suspended():
                t = t.link
            else:
                self.current = t
                t = t.run()


def simulate():
    s = Scheduler()
    IdleTask(s, I_IDLE, 0, None)
    q = Packet(None, 0, K_WORK)
    q = Packet(q, 0, K_WORK)
    WorkTask(s, I_WORK, 1000, q)
    q = Packet(None, I_DEV_A, K_DEV)
    q = Packet(q, I_DEV_A, K_DEV)
    q = Packet(q, I_DEV_A, K_DEV)
    HandlerTask(s, I_HANDLER_A, 2000, q)
    q = Packet(None, I_DEV_B, K_DEV)
    q = Packet(q, I_DEV_B, K_DEV)
    q = Packet(q, I_DEV_B, K_DEV)
    HandlerTask(s, I_HANDLER_B, 3000, q)
    DeviceTask(s, I_DEV_A, 4000, None)
    DeviceTask(s, I_DEV_B, 5000, None)
    s.schedule()
    return s.queue_count, s.hold_count


def bench():
    result = None
    for _ in range(ROUNDS):
        result = simulate()
    return "queue=%d hold=%d" % result


if __name__ == "__main__":
    import _harness
    _harness.main(bench, sys.argv)
