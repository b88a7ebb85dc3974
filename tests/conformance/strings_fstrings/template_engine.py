# A tiny template engine: {{ name }}, {{ name|filter }}, {% for %} and {% if %} blocks, rendered with str methods.
FILTERS = {"upper": str.upper, "title": str.title, "len": lambda v: str(len(v)), "money": lambda v: f"${v:,.2f}"}
def lookup(ctx, path):
    value = ctx
    for part in path.split("."):
        value = value[part] if isinstance(value, dict) else getattr(value, part)
    return value
def render(tpl, ctx):
    out, i = [], 0
    while i < len(tpl):
        if tpl.startswith("{{", i):
            j = tpl.index("}}", i)
            expr, *filters = [p.strip() for p in tpl[i + 2:j].split("|")]
            value = lookup(ctx, expr)
            for f in filters:
                value = FILTERS[f](value)
            out.append(str(value))
            i = j + 2
        elif tpl.startswith("{%", i):
            j = tpl.index("%}", i)
            tag = tpl[i + 2:j].split()
            end_tag = "{% end" + tag[0] + " %}"
            depth, k = 1, j + 2
            while depth:
                nxt_open = tpl.find("{% " + tag[0], k)
                nxt_close = tpl.find(end_tag, k)
                if nxt_open != -1 and nxt_open < nxt_close:
                    depth += 1
                    k = nxt_open + 2
                else:
                    depth -= 1
                    k = nxt_close + (len(end_tag) if depth else 0)
            body = tpl[j + 2:k]
            if tag[0] == "for":
                var, _, seq = tag[1:]
                for n, item in enumerate(lookup(ctx, seq), 1):
                    out.append(render(body, {**ctx, var: item, "loop": {"index": n}}))
            elif tag[0] == "if":
                negate = tag[1] == "not"
                cond = bool(lookup(ctx, tag[-1]))
                if cond != negate:
                    out.append(render(body, ctx))
            i = k + len(end_tag)
        else:
            j = tpl.find("{", i + 1)
            j = len(tpl) if j == -1 else j
            out.append(tpl[i:j])
            i = j
    return "".join(out)
class Customer:
    def __init__(self, name, vip):
        self.name, self.vip = name, vip
TEMPLATE = """Invoice for {{ customer.name|title }}{% if customer.vip %} (VIP){% endif %}
{% for line in lines %}{{ loop.index }}. {{ line.item|upper }} x{{ line.qty }} = {{ line.total|money }}
{% endfor %}{% if not discount %}No discount.{% endif %}{% if discount %}Discount: {{ discount }}%{% endif %}
Items: {{ lines|len }}"""
lines = [{"item": "widget", "qty": 3, "total": 7.5}, {"item": "gadget", "qty": 1, "total": 1299.0}]
print(render(TEMPLATE, {"customer": Customer("ada lovelace", True), "lines": lines, "discount": 0}))
print("---")
print(render(TEMPLATE, {"customer": Customer("bob", False), "lines": lines[:1], "discount": 15}))
try:
    render("{{ missing }}", {})
except KeyError as e:
    print("KeyError:", e)
try:
    render("{{ x|nope }}", {"x": 1})
except KeyError as e:
    print("KeyError:", e)
