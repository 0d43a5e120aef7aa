#!/usr/bin/env python3
"""Writes the sample roster with openpyxl, as offices' scripts and pandas do.
usage: write_xlsx_openpyxl.py OUT.xlsx normal|write_only"""
import datetime
import sys

import openpyxl

path, mode = sys.argv[1], sys.argv[2]
title = "2026年结业考核报名汇总表"
header = ["序号", "姓名", "身份证号", "培训开始时间", "备注"]
rows = [
    [1, "张三", "11010519491231002X", datetime.date(2021, 8, 1), "补考"],
    [2, "李 四", "440524198001010013", datetime.date(2020, 9, 1), None],
]
if mode == "write_only":
    book = openpyxl.Workbook(write_only=True)
    sheet = book.create_sheet("报名汇总")
    sheet.append([title])
    sheet.append(header)
    for r in rows:
        sheet.append(r)
else:
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "报名汇总"
    sheet.append([title])
    sheet.merge_cells(start_row=1, start_column=1, end_row=1, end_column=5)
    sheet.append(header)
    for r in rows:
        sheet.append(r)
    for r in range(3, 5):
        sheet.cell(row=r, column=4).number_format = "yyyy-mm-dd"
book.save(path)
