# Uncaught exception thrown into a generator via throw(): traceback shows the yield point.
def consumer():
    total = 0
    while True:
        item = yield total
        total += item
c = consumer()
next(c)
c.send(5)
c.send(10)
print("total so far", c.send(0))
c.throw(ValueError("bad input delivered by throw"))
