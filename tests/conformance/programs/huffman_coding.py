# Huffman compression: frequency table, tree built with a sorted work list, code table, encode/decode round trip.
TEXT = "this is an example of a huffman tree built by a conformance test program"
freq = {}
for ch in TEXT:
    freq[ch] = freq.get(ch, 0) + 1
class Leaf:
    def __init__(self, ch, w):
        self.ch, self.w = ch, w
    def key(self):
        return (self.w, self.ch)
class Branch:
    def __init__(self, left, right):
        self.left, self.right = left, right
        self.w = left.w + right.w
        self.ch = min(left.ch, right.ch)
    def key(self):
        return (self.w, self.ch)
work = sorted((Leaf(c, w) for c, w in freq.items()), key=lambda n: n.key())
while len(work) > 1:
    a, b = work.pop(0), work.pop(0)
    work.append(Branch(a, b))
    work.sort(key=lambda n: n.key())
root = work[0]
codes = {}
def walk(node, prefix):
    if isinstance(node, Leaf):
        codes[node.ch] = prefix or "0"
        return
    walk(node.left, prefix + "0")
    walk(node.right, prefix + "1")
walk(root, "")
for ch in sorted(codes, key=lambda c: (len(codes[c]), c)):
    print(f"{ch!r:5} {freq[ch]:3} {codes[ch]}")
encoded = "".join(codes[c] for c in TEXT)
print(len(TEXT) * 8, "bits ->", len(encoded), "bits", f"({len(encoded) / (len(TEXT) * 8):.1%})")
def decode(bits):
    out, node = [], root
    for b in bits:
        node = node.left if b == "0" else node.right
        if isinstance(node, Leaf):
            out.append(node.ch)
            node = root
    return "".join(out)
print(decode(encoded) == TEXT, decode(encoded[:40]))
packed = int(encoded, 2).to_bytes((len(encoded) + 7) // 8, "big")
print(packed.hex()[:32], len(packed))
print(sum(freq[c] * len(codes[c]) for c in freq) == len(encoded))
