# sys.exit(True) exits with 1 (bool is an int); exit codes that are other objects are printed.
import sys
try:
    sys.exit(False)
except SystemExit as e:
    print("False ->", repr(e.code))
print("exiting with True")
sys.exit(True)
