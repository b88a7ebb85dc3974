result = compute(
    a,
    b c,
)
