# Exit codes outside 0..255 wrap modulo 256 at the OS level; here 256 + 2.
# args: alpha beta
import sys
print("argv tail:", sys.argv[1:])
print("argv[0] ends with:", sys.argv[0].rsplit("/", 1)[-1])
sys.exit(258)
