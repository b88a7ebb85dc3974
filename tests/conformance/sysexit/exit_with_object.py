# sys.exit with an arbitrary object: str(obj) goes to stderr, status 1.
import sys
class Status:
    def __str__(self):
        return "custom status object"
print("exit with object")
sys.exit(Status())
