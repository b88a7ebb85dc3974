# Case methods: lower/upper/casefold/title/capitalize/swapcase, including special cases (ß, ǅ, İ, final sigma).
words = ["hello world", "HELLO", "hElLo wOrLd", "ß", "straße", "ǅungla", "İstanbul", "ΣΑΣ", "όσος",
         "ﬁre", "o'neil mc-donald", "123abc def", "", "  lead", "ǈ", "ᾳ", "ŉ", "🙂 smile", "ǰ"]
for w in words:
    print(repr(w), [w.lower(), w.upper(), w.casefold(), w.title(), w.capitalize(), w.swapcase()])
    print("   ", w.islower(), w.isupper(), w.istitle(), len(w.upper()), len(w.lower()))
print("ΑΣ ΣΑ".lower(), "ΑΣ.".lower(), "Σ".lower(), "aΣb".lower())
print("they're bill's friends".title(), "hello\tworld\nnew".title(), "ABC".capitalize(), "aBC DEF".capitalize())
