# A key function that appends to the list being sorted: uncaught ValueError after the sort ends.
tasks = ["write", "test", "ship"]
def priority(task):
    if task == "test":
        tasks.append("retest")
    return len(task)
print(sorted(tasks, key=priority))
tasks.sort(key=priority)
print("unreachable", tasks)
