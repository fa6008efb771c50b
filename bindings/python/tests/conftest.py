"""pytest set-up: import the package from this source tree; find libctrend via CTREND_LIB or build/."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.normpath(os.path.join(HERE, "..", "..", ".."))  # repository root
sys.path.insert(0, os.path.normpath(os.path.join(HERE, "..")))

# ../shared/reference beside the repository (CI layout), or shared/reference inside it.
REFERENCE = next((p for p in (os.path.join(ROOT, "..", "shared", "reference"),
                              os.path.join(ROOT, "shared", "reference"),
                              os.path.join(ROOT, "tests", "data", "ref"))
                  if os.path.isdir(p)), None)
