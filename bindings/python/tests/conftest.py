"""pytest set-up: import the package from this source tree; find libctrend via CTREND_LIB or build/."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.normpath(os.path.join(HERE, "..", "..", ".."))  # repository root
sys.path.insert(0, os.path.normpath(os.path.join(HERE, "..")))

# ../shared/reference beside the repository (CI layout), or shared/reference inside it.
REFERENCE = next((p for p in (os.environ.get("CTREND_REFERENCE", ""),
                              os.path.join(ROOT, "..", "shared", "reference"),
                              os.path.join(ROOT, "shared", "reference"),
                              os.path.join(ROOT, "tests", "data", "ref"))
                  if p and os.path.isdir(p)), None)

import pytest  # noqa: E402


def needs(*symbols):
    """Skip a test when the loaded libctrend lacks a module (not merged into this build yet)."""
    from ctrend import _lib
    missing = [s for s in symbols if not _lib.has(s)]
    return pytest.mark.skipif(bool(missing), reason="libctrend lacks %s" % ", ".join(missing))


def reference(*parts):
    path = os.path.join(REFERENCE, *parts) if REFERENCE else None
    if not path or not os.path.exists(path):
        pytest.skip("reference data %s not found" % "/".join(parts))
    return path
