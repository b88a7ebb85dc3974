# Adding keys to a dict while iterating over it: uncaught RuntimeError.
scores = {"ann": 3, "bob": 5}
for name in scores:
    print("bonus for", name)
    scores[name.upper()] = scores[name] + 1
