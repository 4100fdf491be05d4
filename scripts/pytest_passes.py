"""Run the suite as two pytest processes: everything else, then the browser tests.

Browser tests use transactional databases restored from a serialized copy
between tests; after an ordinary database test in the same process, that
restore was seen to lose the migrations' data (Wagtail's locales), so the
browser tests get a process of their own. Extra arguments go to both
passes; a pass that selects no test is not a failure.
"""

import subprocess
import sys

NO_TESTS_COLLECTED = 5


def main(args):
    worst = 0
    for marker in ("not browser", "browser"):
        command = [sys.executable, "-m", "pytest", "-n", "2", "-m", marker, *args]
        print("+", " ".join(command), flush=True)
        code = subprocess.call(command)  # noqa: S603
        if code not in (0, NO_TESTS_COLLECTED):
            worst = worst or code
    return worst


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
