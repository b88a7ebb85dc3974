# An ordinary uncaught exception exits with status 1 after printing everything buffered.
import sys
for i in range(3):
    print("line", i)
sys.stderr.write("a warning on stderr\n")
print(1 / 0)
