# sys.exit with a string: the string goes to stderr and the status is 1.
import sys
print("failing with a message")
sys.stdout.flush()
sys.exit("fatal: configuration file not found")
