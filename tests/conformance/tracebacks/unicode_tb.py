# Caret positions on lines with non-ASCII characters and wide characters.
naïve = {"café": 1, "日本": 2}
print(naïve["café"])
résultat = naïve["日本"] + naïve["naïveté"]
