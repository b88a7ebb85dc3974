# An exception from a call spread over several lines.
def area(width, height):
    if width < 0 or height < 0:
        raise ValueError(f"negative size {width}x{height}")
    return width * height
shapes = [(2, 3), (4, 5), (1, -1)]
total = sum(
    area(
        w,
        h,
    )
    for w, h in shapes
)
print(total)
