# A deterministic simulation loop: a linear congruential generator drives a queue at a bank counter.
class LCG:
    def __init__(self, seed):
        self.state = seed
    def next(self):
        self.state = (self.state * 6364136223846793005 + 1442695040888963407) % 2 ** 64
        return self.state >> 33
    def randint(self, lo, hi):
        return lo + self.next() % (hi - lo + 1)
rng = LCG(2024)
queue = []
served = []
clock = 0
tellers = [None, None]
next_id = 1
while clock < 40:
    if rng.randint(0, 9) < 4:
        queue.append((next_id, clock, rng.randint(2, 7)))
        next_id += 1
    for t in range(len(tellers)):
        job = tellers[t]
        if job and job[2] <= clock:
            served.append((job[0], job[1], clock, t))
            tellers[t] = None
        if tellers[t] is None and queue:
            cid, arrived, duration = queue.pop(0)
            tellers[t] = (cid, arrived, clock + duration)
    if clock % 10 == 0:
        print(f"t={clock:2} queue={len(queue)} busy={[j[0] if j else '-' for j in tellers]}")
    clock += 1
waits = [done - arr for _, arr, done, _ in served]
print("served", len(served), "waiting", len(queue), "arrived", next_id - 1)
print("average time in bank", round(sum(waits) / len(waits), 2), "max", max(waits))
print("per teller", [sum(1 for s in served if s[3] == t) for t in range(2)])
print(served[:5])
