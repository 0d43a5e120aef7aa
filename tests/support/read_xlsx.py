#!/usr/bin/env python3
"""Reads an .xlsx with openpyxl (an independent reader) and prints what a user would see as JSON:
every cell's value, whether it is a formula, its number format, plus the frozen pane."""
import datetime
import json
import sys

import openpyxl

book = openpyxl.load_workbook(sys.argv[1])
sheet = book.worksheets[0]
rows = []
for row in sheet.iter_rows():
    cells = []
    for c in row:
        v = c.value
        if isinstance(v, (datetime.date, datetime.datetime)):
            v = v.isoformat()
        cells.append({"v": v, "t": c.data_type, "f": c.number_format})
    rows.append(cells)
json.dump({"sheet": sheet.title, "freeze": sheet.freeze_panes, "rows": rows}, sys.stdout, ensure_ascii=False)
