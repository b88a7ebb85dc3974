# An exception inside a generator expression consumed by sum(): the traceback names <genexpr>.
prices = {"apple": 1.25, "pear": 0.8, "fig": 2.0}
basket = ["apple", "fig", "apple"]
print(sum(prices[item] for item in basket))
basket.append("kiwi")
print(sum(prices[item] for item in basket))
