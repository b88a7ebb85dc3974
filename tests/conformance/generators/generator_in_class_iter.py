# Container classes whose __iter__, __reversed__ and custom methods are generators.
class Playlist:
    def __init__(self, *songs):
        self.songs = list(songs)
    def __iter__(self):
        for i, s in enumerate(self.songs, 1):
            yield f"{i}. {s}"
    def __reversed__(self):
        for s in reversed(self.songs):
            yield s.upper()
    def shuffled(self, seed):
        order = list(range(len(self.songs)))
        x = seed
        for i in range(len(order) - 1, 0, -1):
            x = (x * 1103515245 + 12345) % 2 ** 31
            j = x % (i + 1)
            order[i], order[j] = order[j], order[i]
        for k in order:
            yield self.songs[k]
    def __len__(self):
        return len(self.songs)
p = Playlist("intro", "verse", "chorus", "bridge", "outro")
print(list(p), list(reversed(p)), len(p))
print(list(p.shuffled(42)), list(p.shuffled(7)))
it = iter(p)
print(next(it), next(it))
p.songs.append("bonus")
print(list(it))
class Matrix:
    def __init__(self, rows):
        self.rows = rows
    def __iter__(self):
        for row in self.rows:
            yield from row
    def columns(self):
        for c in range(len(self.rows[0])):
            yield [r[c] for r in self.rows]
    def diagonal(self):
        i = 0
        while i < min(len(self.rows), len(self.rows[0])):
            yield self.rows[i][i]
            i += 1
m = Matrix([[1, 2, 3], [4, 5, 6]])
print(list(m), sum(m), list(m.columns()), list(m.diagonal()), max(m), 5 in m)
