# An exception escaping a coroutine driven by send(): the traceback runs through every await.
from _loop import run, Sleep
async def fetch(url):
    await Sleep(1)
    if "bad" in url:
        raise ConnectionError(f"cannot reach {url}")
    return f"<html from {url}>"
async def crawl(urls):
    pages = []
    for u in urls:
        page = await fetch(u)
        print("fetched", page)
        pages.append(page)
    return pages
run(crawl(["a.example", "b.example", "bad.example", "c.example"]))
