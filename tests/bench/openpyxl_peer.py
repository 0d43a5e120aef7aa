#!/usr/bin/env python3
"""The peer for bench_roster_files: the same work done with openpyxl, timed in the same run.
usage: openpyxl_peer.py write ROWS.tsv OUT.xlsx   -> seconds to write the rows (write_only mode)
       openpyxl_peer.py read IN.xlsx              -> seconds to read every cell (read_only mode)"""
import sys
import time

import openpyxl

if sys.argv[1] == "write":
    with open(sys.argv[2], encoding="utf-8") as f:
        rows = [line.rstrip("\n").split("\t") for line in f]
    start = time.perf_counter()
    book = openpyxl.Workbook(write_only=True)
    sheet = book.create_sheet("名单")
    for r in rows:
        sheet.append(r)
    book.save(sys.argv[3])
    print(f"{time.perf_counter() - start:.3f}")
else:
    start = time.perf_counter()
    book = openpyxl.load_workbook(sys.argv[2], read_only=True)
    cells = 0
    for row in book.worksheets[0].iter_rows(values_only=True):
        cells += sum(1 for v in row if v is not None)
    print(f"{time.perf_counter() - start:.3f}")
