# An exception raised several calls deep: each frame appears with its caret line.
def parse_int(text):
    return int(text)
def parse_row(row):
    return [parse_int(cell) for cell in row.split(",")]
def parse_table(text):
    rows = []
    for line in text.splitlines():
        rows.append(parse_row(line))
    return rows
def main():
    table = parse_table("1,2,3\n4,5,6\n7,eight,9")
    print(table)
main()
