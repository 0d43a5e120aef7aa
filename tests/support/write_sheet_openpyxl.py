#!/usr/bin/env python3
"""Writes one sheet with openpyxl from a JSON description, as offices' scripts do.
usage: write_sheet_openpyxl.py OUT.xlsx JSON
JSON: {"title": "...", "rows": [[cell, ...], ...]}; a cell "date:2021-08-01" becomes a real date
cell, numbers stay numbers, everything else is text. The title (if any) is merged across the row."""
import datetime
import json
import sys

import openpyxl

path, spec = sys.argv[1], json.loads(sys.argv[2])
book = openpyxl.Workbook()
sheet = book.active
sheet.title = "培训年限"
width = max((len(r) for r in spec["rows"]), default=1)
if spec.get("title"):
    sheet.append([spec["title"]])
    sheet.merge_cells(start_row=1, start_column=1, end_row=1, end_column=width)
for row in spec["rows"]:
    values = []
    for v in row:
        if isinstance(v, str) and v.startswith("date:"):
            v = datetime.date.fromisoformat(v[5:])
        values.append(v)
    sheet.append(values)
    for c in sheet[sheet.max_row]:
        if isinstance(c.value, (datetime.date, datetime.datetime)):
            c.number_format = "yyyy-mm-dd"
book.save(path)
