# A class pattern on a class without __match_args__ raises TypeError at match time, uncaught.
class Event:
    def __init__(self, kind, payload):
        self.kind, self.payload = kind, payload
def handle(ev):
    match ev:
        case Event(kind="start"):
            return "starting"
        case Event("stop", _):
            return "stopping"
print(handle(Event("start", None)))
print(handle(Event("stop", None)))
