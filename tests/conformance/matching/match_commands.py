# A text-adventure command parser using match on split strings.
def run(command, state):
    match command.split():
        case []:
            return "say something"
        case ["look"]:
            return f"you are in the {state['room']}"
        case ["go", ("north" | "south" | "east" | "west") as direction]:
            state["room"] = {"north": "hall", "south": "garden", "east": "kitchen", "west": "library"}[direction]
            return f"you go {direction} to the {state['room']}"
        case ["go", other]:
            return f"you can't go {other}"
        case ["take", *items] if items:
            state["bag"].extend(items)
            return f"taken: {', '.join(items)}"
        case ["drop", item] if item in state["bag"]:
            state["bag"].remove(item)
            return f"dropped {item}"
        case ["drop", item]:
            return f"you don't have {item}"
        case ["inventory" | "inv" | "i"]:
            return f"bag: {state['bag']}"
        case ["quit" | "exit", *_]:
            state["done"] = True
            return "bye"
        case [verb, *args]:
            return f"unknown verb {verb!r} with {len(args)} args"
state = {"room": "cellar", "bag": [], "done": False}
script = ["", "look", "go north", "look", "go up", "take lamp key", "take", "inv", "drop key", "drop sword",
          "i", "dance wildly now", "go west", "quit now"]
for line in script:
    print(f"> {line}")
    print("  " + run(line, state))
    if state["done"]:
        break
