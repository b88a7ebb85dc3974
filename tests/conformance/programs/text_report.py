# A sales report: parsing CSV-like text by hand, grouping, aggregates, formatted tables and a histogram.
DATA = """region,product,month,units,price
north,widget,2024-01,120,2.50
north,gadget,2024-01,15,19.99
south,widget,2024-01,90,2.50
south,gizmo,2024-02,7,149.00
north,widget,2024-02,130,2.40
east,gadget,2024-02,40,18.50
east,widget,2024-03,60,2.60
south,gadget,2024-03,22,19.99
north,gizmo,2024-03,3,155.00
east,gizmo,2024-03,5,150.00
west,widget,2024-03,bad,2.50
"""
def parse(text):
    lines = text.strip().splitlines()
    header = lines[0].split(",")
    rows, errors = [], []
    for n, line in enumerate(lines[1:], start=2):
        rec = dict(zip(header, line.split(",")))
        try:
            rec["units"] = int(rec["units"])
            rec["price"] = float(rec["price"])
        except ValueError as e:
            errors.append(f"line {n}: {e}")
            continue
        rec["revenue"] = round(rec["units"] * rec["price"], 2)
        rows.append(rec)
    return rows, errors
rows, errors = parse(DATA)
print(f"{len(rows)} rows parsed, {len(errors)} errors")
for e in errors:
    print("  " + e)
def group(rows, key):
    out = {}
    for r in rows:
        out.setdefault(r[key], []).append(r)
    return out
def table(title, groups):
    print(f"\n{title}")
    print(f"{'key':<10}{'rows':>5}{'units':>8}{'revenue':>12}{'avg price':>11}")
    print("-" * 46)
    tot_units = tot_rev = 0
    for key in sorted(groups, key=lambda k: -sum(r["revenue"] for r in groups[k])):
        g = groups[key]
        units = sum(r["units"] for r in g)
        rev = sum(r["revenue"] for r in g)
        tot_units += units
        tot_rev += rev
        print(f"{key:<10}{len(g):>5}{units:>8,}{rev:>12,.2f}{rev / units:>11.3f}")
    print("-" * 46)
    print(f"{'total':<10}{'':>5}{tot_units:>8,}{tot_rev:>12,.2f}")
table("Revenue by region", group(rows, "region"))
table("Revenue by product", group(rows, "product"))
table("Revenue by month", group(rows, "month"))
print("\nUnits histogram by month")
for month, g in sorted(group(rows, "month").items()):
    units = sum(r["units"] for r in g)
    print(f"{month} {'█' * (units // 10):<25} {units}")
best = max(rows, key=lambda r: r["revenue"])
print(f"\nbest line: {best['region']}/{best['product']} in {best['month']}: {best['revenue']:.2f}")
pivot = {}
for r in rows:
    pivot.setdefault(r["region"], {}).setdefault(r["product"], 0)
    pivot[r["region"]][r["product"]] += r["units"]
products = sorted({r["product"] for r in rows})
print("\n" + "region".ljust(8) + "".join(p.rjust(8) for p in products))
for region in sorted(pivot):
    print(region.ljust(8) + "".join(str(pivot[region].get(p, "-")).rjust(8) for p in products))
