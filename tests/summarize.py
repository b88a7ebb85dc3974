"""Adds up what ./run-tests ran: JUnit results from Surefire's XML reports and the `NAME: N passed, M failed`
lines that the repo's comparison scripts print, and prints one closing line with the totals."""
import glob
import re
import sys
import xml.etree.ElementTree as ET


def main(root, logs):
    passed = failed = 0
    for report in glob.glob(f"{root}/*/target/surefire-reports/TEST-*.xml"):
        suite = ET.parse(report).getroot()
        tests, skipped = int(suite.get("tests", 0)), int(suite.get("skipped", 0))
        bad = int(suite.get("failures", 0)) + int(suite.get("errors", 0))
        passed += tests - skipped - bad
        failed += bad
    for log in logs:
        with open(log, encoding="utf-8", errors="replace") as f:
            for line in f:
                m = re.fullmatch(r"[\w-]+: (\d+) passed, (\d+) failed\n?", line)
                if m:
                    passed += int(m.group(1))
                    failed += int(m.group(2))
    return passed, failed


if __name__ == "__main__":
    p, f = main(sys.argv[1], sys.argv[2:])
    print(f"{p} passed, {f} failed")
