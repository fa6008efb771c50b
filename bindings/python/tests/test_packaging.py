"""Packaging: `pip install ./bindings/python` offline into a venv that sees Debian's packages,
and each place the library is found: CTREND_LIB, the package's own copy, an installed prefix
(pkg-config), the build tree of a checkout."""
import glob
import os
import shutil
import subprocess
import sys

import pytest

import ctrend
from conftest import ROOT

BUILD = os.path.dirname(ctrend.LIB_PATH)
PKG = os.path.join(ROOT, "bindings", "python")


def _run(cmd, env=None, cwd=None):
    out = subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                         universal_newlines=True, env=env, cwd=cwd, timeout=600)
    assert out.returncode == 0, out.stdout
    return out.stdout


def _have(module):
    out = subprocess.run(["/usr/bin/python3", "-c", "import " + module],
                         stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return out.returncode == 0


@pytest.fixture(scope="module")
def venv(tmp_path_factory):
    if not os.path.exists(os.path.join(BUILD, "libctrend.so")):
        pytest.skip("no libctrend.so build tree")
    missing = [m for m in ("setuptools", "wheel", "ensurepip", "pip") if not _have(m)]
    if missing:  # scripts/test-bindings installs python3-setuptools/-wheel/-venv/-pip
        pytest.skip("Debian packages for %s not installed" % ", ".join(missing))
    root = tmp_path_factory.mktemp("venv")
    v = str(root / "v")
    _run(["/usr/bin/python3", "-m", "venv", "--system-site-packages", v])
    # PIP_NO_INDEX: prove that nothing is downloaded (the machine may have no network)
    env = dict(os.environ, PIP_NO_INDEX="1", PIP_DISABLE_PIP_VERSION_CHECK="1")
    env.pop("PYTHONPATH", None)
    _run([os.path.join(v, "bin", "pip"), "install", PKG], env=env)
    for junk in ("build", "ctrend.egg-info"):  # setuptools' in-tree leftovers
        shutil.rmtree(os.path.join(PKG, junk), ignore_errors=True)
    return v, root


def _where(v, env, cwd):
    code = "import ctrend, os; print(os.path.dirname(ctrend.__file__)); print(ctrend.LIB_PATH)"
    env = {k: val for k, val in env.items() if k not in ("PYTHONPATH",)}
    out = _run([os.path.join(v, "bin", "python"), "-c", code], env=env, cwd=cwd)
    return out.split()


def test_pip_install_offline_and_ctrend_lib(venv):
    v, root = venv
    env = dict(os.environ, CTREND_LIB=ctrend.LIB_PATH)
    pkgdir, lib = _where(v, env, str(root))
    assert pkgdir.startswith(v) and "site-packages" in pkgdir  # the installed copy
    assert lib == ctrend.LIB_PATH


def test_installed_prefix_found_by_pkg_config(venv, tmp_path):
    if not shutil.which("cmake") or not shutil.which("pkg-config"):
        pytest.skip("needs cmake and pkg-config")
    v, root = venv
    prefix = str(tmp_path / "prefix")
    _run(["cmake", "--install", BUILD, "--prefix", prefix])
    pcs = glob.glob(os.path.join(prefix, "**", "ctrend.pc"), recursive=True)
    assert pcs, "cmake --install wrote no ctrend.pc"
    text = open(pcs[0]).read()
    lines = [("prefix=" + prefix) if ln.startswith("prefix=") else ln for ln in text.splitlines()]
    open(pcs[0], "w").write("\n".join(lines) + "\n")  # the .pc records the configure prefix
    env = {k: val for k, val in os.environ.items() if k != "CTREND_LIB"}
    env["PKG_CONFIG_PATH"] = os.path.dirname(pcs[0])
    _, lib = _where(v, env, str(root))
    assert lib.startswith(prefix), lib


def test_package_own_copy_comes_first(venv):
    v, root = venv
    pkgdir, _ = _where(v, dict(os.environ, CTREND_LIB=ctrend.LIB_PATH), str(root))
    own = os.path.join(pkgdir, "libctrend.so")
    shutil.copy(os.path.realpath(ctrend.LIB_PATH), own)
    try:
        env = {k: val for k, val in os.environ.items() if k != "CTREND_LIB"}
        env["PKG_CONFIG_PATH"] = "/nonexistent"
        _, lib = _where(v, env, str(root))
        assert lib == own
    finally:
        os.remove(own)


def test_checkout_uses_its_build_tree():
    if os.path.realpath(BUILD) != os.path.realpath(os.path.join(ROOT, "build")):
        pytest.skip("the library under test is not the checkout's build/")
    env = {k: val for k, val in os.environ.items() if k != "CTREND_LIB"}
    env["PYTHONPATH"] = PKG
    out = _run([sys.executable, "-c", "import ctrend; print(ctrend.LIB_PATH)"], env=env, cwd="/")
    assert os.path.realpath(out.strip()) == os.path.realpath(os.path.join(ROOT, "build",
                                                                          "libctrend.so"))
