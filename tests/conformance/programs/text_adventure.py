# A text adventure driven by a scripted list of commands: rooms, items, a state machine for the
# player (exploring, fighting, dead, won), a command parser with aliases, and a save/restore snapshot.


class GameOver(Exception):
    pass


class Room:
    def __init__(self, key, title, description, exits=None, items=None, locked=None):
        self.key = key
        self.title = title
        self.description = description
        self.exits = dict(exits or {})
        self.items = list(items or [])
        self.locked = dict(locked or {})

    def describe(self):
        lines = [f"== {self.title} ==", self.description]
        if self.items:
            lines.append("You see: " + ", ".join(self.items) + ".")
        doors = []
        for direction in sorted(self.exits):
            mark = " (locked)" if direction in self.locked else ""
            doors.append(direction + mark)
        lines.append("Exits: " + (", ".join(doors) if doors else "none"))
        return "\n".join(lines)


class State:
    EXPLORING = "exploring"
    FIGHTING = "fighting"
    DEAD = "dead"
    WON = "won"


class Player:
    def __init__(self, room):
        self.room = room
        self.inventory = []
        self.health = 10
        self.state = State.EXPLORING
        self.moves = 0

    def snapshot(self):
        return {"room": self.room, "inventory": tuple(self.inventory), "health": self.health,
                "state": self.state, "moves": self.moves}

    def restore(self, snap):
        self.room = snap["room"]
        self.inventory = list(snap["inventory"])
        self.health = snap["health"]
        self.state = snap["state"]
        self.moves = snap["moves"]


ALIASES = {"n": "go north", "s": "go south", "e": "go east", "w": "go west", "u": "go up", "d": "go down",
           "l": "look", "i": "inventory", "get": "take", "grab": "take", "hit": "attack"}


class Game:
    def __init__(self):
        self.rooms = {}
        for room in [
            Room("hall", "Entrance Hall", "A draughty hall with a flickering torch.",
                 {"north": "library", "east": "kitchen"}, ["torch"]),
            Room("library", "Library", "Dusty shelves reach the ceiling.",
                 {"south": "hall", "up": "tower"}, ["book", "brass key"], {"up": "brass key"}),
            Room("kitchen", "Kitchen", "Something growls behind the stove.",
                 {"west": "hall", "down": "cellar"}, ["knife"]),
            Room("cellar", "Cellar", "Cold, damp and very dark.", {"up": "kitchen"}, ["wine"]),
            Room("tower", "Tower Top", "Wind howls around the parapet. A chest sits here.", {"down": "library"}, ["chest"]),
        ]:
            self.rooms[room.key] = room
        self.player = Player("hall")
        self.monster_health = 3
        self.saved = None
        self.log = []

    @property
    def here(self):
        return self.rooms[self.player.room]

    def say(self, text):
        for line in text.split("\n"):
            self.log.append(line)
            print("  " + line)

    def parse(self, raw):
        words = raw.strip().lower().split()
        if not words:
            return None, []
        head = ALIASES.get(words[0], words[0])
        words = head.split() + words[1:]
        return words[0], words[1:]

    def run(self, command):
        print(f"> {command}")
        verb, args = self.parse(command)
        if verb is None:
            self.say("Say something.")
            return
        if self.player.state in (State.DEAD, State.WON) and verb not in ("restore", "score"):
            self.say("The game is over.")
            return
        handler = getattr(self, "do_" + verb, None)
        if handler is None:
            self.say(f"I don't know how to {verb!r}.")
            return
        try:
            handler(" ".join(args))
        except GameOver as e:
            self.say(str(e))
        self.player.moves += 1
        if self.player.state == State.FIGHTING and verb not in ("attack", "flee"):
            self.player.health -= 2
            self.say(f"The creature bites you! Health: {self.player.health}")
            if self.player.health <= 0:
                self.player.state = State.DEAD
                self.say("You have died.")

    def do_look(self, _):
        self.say(self.here.describe())

    def do_go(self, direction):
        if not direction:
            raise GameOver("Go where?") from None
        if self.player.state == State.FIGHTING:
            self.say("You can't leave while fighting!")
            return
        room = self.here
        if direction not in room.exits:
            self.say(f"You can't go {direction}.")
            return
        need = room.locked.get(direction)
        if need is not None:
            if need not in self.player.inventory:
                self.say(f"The way {direction} is locked.")
                return
            del room.locked[direction]
            self.say(f"You unlock the way {direction} with the {need}.")
        self.player.room = room.exits[direction]
        self.say(self.here.describe())
        if self.player.room == "kitchen" and self.monster_health > 0:
            self.player.state = State.FIGHTING
            self.say("A rat the size of a dog attacks!")

    def do_take(self, item):
        room = self.here
        if item == "all":
            taken = [i for i in room.items if i != "chest"]
            for i in taken:
                room.items.remove(i)
                self.player.inventory.append(i)
            self.say("Taken: " + (", ".join(taken) if taken else "nothing"))
            return
        if item not in room.items:
            self.say(f"There is no {item} here.")
            return
        if item == "chest":
            self.say("The chest is far too heavy.")
            return
        room.items.remove(item)
        self.player.inventory.append(item)
        self.say(f"You take the {item}.")

    def do_drop(self, item):
        try:
            self.player.inventory.remove(item)
        except ValueError:
            self.say(f"You have no {item}.")
        else:
            self.here.items.append(item)
            self.say(f"Dropped {item}.")

    def do_inventory(self, _):
        inv = self.player.inventory
        self.say("You carry: " + (", ".join(sorted(inv)) if inv else "nothing"))

    def do_attack(self, _):
        if self.player.state != State.FIGHTING:
            self.say("There is nothing to attack.")
            return
        damage = 2 if "knife" in self.player.inventory else 1
        self.monster_health -= damage
        if self.monster_health <= 0:
            self.player.state = State.EXPLORING
            self.say("The rat flees into a hole.")
        else:
            self.say(f"You hit the rat ({self.monster_health} left).")

    def do_flee(self, _):
        if self.player.state != State.FIGHTING:
            self.say("Flee from what?")
            return
        self.player.state = State.EXPLORING
        self.player.room = "hall"
        self.say("You run back to the hall.")

    def do_open(self, what):
        if what != "chest" or "chest" not in self.here.items:
            self.say("Nothing to open.")
            return
        self.player.state = State.WON
        raise GameOver(f"The chest is full of gold! You win in {self.player.moves + 1} moves.")

    def do_save(self, _):
        self.saved = self.player.snapshot()
        self.say("Saved.")

    def do_restore(self, _):
        if self.saved is None:
            self.say("Nothing saved.")
            return
        self.player.restore(self.saved)
        self.say(f"Restored to {self.rooms[self.player.room].title} with {len(self.player.inventory)} item(s).")

    def do_score(self, _):
        p = self.player
        self.say(f"state={p.state} health={p.health} moves={p.moves} items={len(p.inventory)}")


game = Game()
script = ["look", "take torch", "n", "get book", "u", "save", "e", "w", "hit", "i", "go", "dance",
          "", "s", "e", "s", "attack", "take knife", "attack", "attack", "take all", "w", "n",
          "take brass key", "drop book", "u", "take chest", "score", "open chest", "look", "restore", "score"]
for command in script:
    game.run(command)
print(len(game.log), "lines of output;", sum(1 for line in game.log if line.startswith("==")), "room descriptions")
