#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""The CLI's shortest decimals (bin/numfmt.c, Ryu) equal Python's repr digit for digit.

repr(float) is the shortest string that reads back as the same double, the nearest one among
those (David Gay's dtoa, mode 0): an independent implementation of the same definition.
Usage: numfmt_repr.py TEST_NUMFMT_BINARY
"""
import decimal
import os
import struct
import subprocess
import sys
import tempfile


def main():
    with tempfile.TemporaryDirectory() as tmp:
        path = os.path.join(tmp, "dump.txt")
        subprocess.run([sys.argv[1], "--dump", path], check=True)
        bad = n = 0
        with open(path) as fp:
            for line in fp:
                bits, digits, exp = line.split()
                x = struct.unpack("<d", int(bits, 16).to_bytes(8, "little"))[0]
                sign, want, wexp = decimal.Decimal(repr(abs(x))).normalize().as_tuple()
                got = tuple(int(c) for c in digits)
                n += 1
                if got != want or int(exp) != wexp:
                    bad += 1
                    if bad <= 10:
                        print(f"{x!r}: ctrend {digits}e{exp}, repr {want} e{wexp}")
    print(f"{n} doubles, {bad} differ from repr")
    assert n >= 1000000
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
