# is* predicates over ASCII, Latin-1, other scripts, digits of other systems, and the empty string.
samples = ["", "abc", "ABC", "Abc", "abc1", "123", "١٢٣", "²", "½", "Ⅻ", "一二", " \t\n", "\u2003", "a b",
           "_id", "id1", "1id", "class", "é", "ß", "🙂", "\x00", "\x7f", "Ǆ", "ǅ", "x\u0301", "𝟘", "ab\n"]
for s in samples:
    print(repr(s), s.isalpha(), s.isalnum(), s.isdigit(), s.isdecimal(), s.isnumeric(), s.isspace(),
          s.isidentifier(), s.isprintable(), s.isascii(), s.islower(), s.isupper(), s.istitle())
