# sys.exit inside try/finally: finally blocks run, and a finally can even replace the exit.
import sys
def shutdown():
    try:
        print("shutting down")
        sys.exit(4)
    finally:
        print("finally runs during SystemExit")
try:
    shutdown()
except SystemExit as e:
    print("caught SystemExit with code", e.code, repr(e))
def override():
    try:
        sys.exit(5)
    finally:
        print("finally replaces the exit code")
        sys.exit(6)
try:
    override()
except SystemExit as e:
    print("code is now", e.code, "context:", repr(e.__context__))
try:
    sys.exit(7)
finally:
    print("module-level finally before exiting with 7")
