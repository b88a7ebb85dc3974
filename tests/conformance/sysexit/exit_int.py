# sys.exit with an int code: stdout flushed, exit status is the code.
import sys
print("about to exit with 3")
sys.exit(3)
print("never")
