# A negative exit code: the process status is 256 - 1 = 255.
import sys
print("negative")
sys.exit(-1)
