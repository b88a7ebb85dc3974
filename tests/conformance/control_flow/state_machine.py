# A state machine driven by a while loop: a vending machine simulation.
TRANSITIONS = {
    ("idle", "coin"): "paid",
    ("paid", "coin"): "paid",
    ("paid", "select"): "vending",
    ("paid", "refund"): "idle",
    ("vending", "done"): "idle",
}
def run(events):
    state = "idle"
    credit = 0
    log = []
    i = 0
    while i < len(events):
        ev = events[i]
        i += 1
        nxt = TRANSITIONS.get((state, ev))
        if nxt is None:
            log.append(f"{state:8} --{ev}--> (ignored)")
            continue
        if ev == "coin":
            credit += 25
        elif ev == "select":
            if credit < 50:
                log.append(f"{state:8} --{ev}--> need {50 - credit} more")
                continue
            credit -= 50
        elif ev == "refund":
            log.append(f"refund {credit}")
            credit = 0
        log.append(f"{state:8} --{ev}--> {nxt} (credit {credit})")
        state = nxt
        if state == "vending":
            events.insert(i, "done")
    return state, credit, log
final, credit, log = run(["select", "coin", "select", "coin", "select", "coin", "refund", "done", "coin", "coin", "coin", "select"])
print("\n".join(log))
print("final", final, credit)
