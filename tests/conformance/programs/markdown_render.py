# A tiny markdown-to-text renderer: headings, lists, emphasis, code spans, links, tables and wrapping.
DOC = """# Kiln notes

Kiln is a *Python 3.12* runtime written in **Java**. See [the design](DESIGN.md) and `./kiln app.py`.

## Features

- parser with the exact `ast`
- compiler and **quickening** interpreter
  - inline caches
  - shapes
- conformance suite

1. write a program
2. record CPython's output
3. compare

| area | programs | status |
|------|---------:|--------|
| classes | 31 | green |
| limits | 21 | amber |

> Quotes are indented and wrapped to the configured width so long lines of text flow onto following lines.
"""
def inline(text):
    out, i = [], 0
    links = []
    while i < len(text):
        if text.startswith("**", i):
            j = text.index("**", i + 2)
            out.append(text[i + 2:j].upper())
            i = j + 2
        elif text[i] == "*":
            j = text.index("*", i + 1)
            out.append("_" + text[i + 1:j] + "_")
            i = j + 1
        elif text[i] == "`":
            j = text.index("`", i + 1)
            out.append("'" + text[i + 1:j] + "'")
            i = j + 1
        elif text[i] == "[":
            j = text.index("](", i)
            k = text.index(")", j)
            links.append(text[j + 2:k])
            out.append(f"{text[i + 1:j]}[{len(links)}]")
            i = k + 1
        else:
            out.append(text[i])
            i += 1
    return "".join(out), links
def wrap(text, width, indent=""):
    lines, cur = [], indent
    for word in text.split():
        if len(cur) + len(word) + 1 > width and cur.strip():
            lines.append(cur.rstrip())
            cur = indent
        cur += word + " "
    if cur.strip():
        lines.append(cur.rstrip())
    return lines
def render(doc, width=48):
    out, all_links, table = [], [], []
    def flush_table():
        if not table:
            return
        rows = [[c.strip() for c in r.strip("|").split("|")] for r in table if not set(r) <= set("|-: ")]
        aligns = [c.strip().endswith(":") for c in table[1].strip("|").split("|")]
        widths = [max(len(r[i]) for r in rows) for i in range(len(rows[0]))]
        for n, r in enumerate(rows):
            out.append("  ".join(c.rjust(w) if right else c.ljust(w) for c, w, right in zip(r, widths, aligns)).rstrip())
            if n == 0:
                out.append("  ".join("-" * w for w in widths))
        table.clear()
    for line in doc.splitlines():
        if line.startswith("|"):
            table.append(line)
            continue
        flush_table()
        text, links = inline(line.lstrip("#>-0123456789. "))
        all_links.extend(links)
        stripped = line.lstrip()
        depth = (len(line) - len(stripped)) // 2
        if line.startswith("# "):
            out += [text.upper(), "=" * len(text)]
        elif line.startswith("## "):
            out += [text, "-" * len(text)]
        elif stripped.startswith("- "):
            out.append("  " * depth + "* " + text)
        elif stripped[:1].isdigit() and ". " in stripped:
            out.append(f"{stripped.split('.')[0]}) {text}")
        elif line.startswith("> "):
            out += wrap(text, width, "  | ")
        elif not line.strip():
            out.append("")
        else:
            out += wrap(text, width)
    flush_table()
    out.append("")
    out += [f"[{i}] {url}" for i, url in enumerate(all_links, 1)]
    return "\n".join(out)
print(render(DOC))
