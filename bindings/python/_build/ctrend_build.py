"""PEP 517 build backend of the ctrend Python package: setuptools' own backend, taken from
the system (Debian's python3-setuptools and python3-wheel) so that

    python3 -m venv --system-site-packages v && v/bin/pip install ./bindings/python

works offline. pip builds in an isolated environment that hides the system site-packages
and would download `setuptools` from PyPI; pyproject.toml therefore requires nothing and
points here (backend-path), and this shim puts the interpreter's system package directories
back on sys.path when setuptools is not importable. Everything else is setuptools.
"""
import os
import sys


def _system_dirs():
    base = sys.base_prefix
    ver = "python%d.%d" % sys.version_info[:2]
    for d in (os.path.join(base, "lib", "python3", "dist-packages"),   # Debian, Ubuntu
              os.path.join(base, "lib", ver, "dist-packages"),
              os.path.join(base, "lib", ver, "site-packages"),         # other systems
              os.path.join(base, "local", "lib", ver, "dist-packages")):
        if os.path.isdir(d):
            yield d


try:
    import setuptools  # noqa: F401
    import wheel  # noqa: F401
except ImportError:
    for _d in _system_dirs():
        if _d not in sys.path:
            sys.path.append(_d)

from setuptools import build_meta as _meta  # noqa: E402

build_wheel = _meta.build_wheel
build_sdist = _meta.build_sdist
prepare_metadata_for_build_wheel = _meta.prepare_metadata_for_build_wheel
if hasattr(_meta, "build_editable"):
    build_editable = _meta.build_editable
    prepare_metadata_for_build_editable = _meta.prepare_metadata_for_build_editable


def _nothing(config_settings=None):
    """setuptools asks for `wheel`; it is already importable here (system package), so
    nothing has to be installed into the build environment."""
    return []


get_requires_for_build_wheel = _nothing
get_requires_for_build_sdist = _nothing
get_requires_for_build_editable = _nothing
