# sys.exit(0) and sys.exit() both mean success.
import sys
print("exiting cleanly")
sys.exit(0)
