# sys.exit(None) exits with status 0 and prints nothing extra.
import sys
print("exit with None")
sys.exit(None)
