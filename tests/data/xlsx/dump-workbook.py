#!/usr/bin/env python3
"""Prints an .xlsx workbook as JSON, read by openpyxl (an independent reader of the format):
for each sheet its frozen cell, filter range, rows of values and the number format of every
cell of the first data row. Dates come out as ISO text."""
import datetime
import json
import sys

import openpyxl


def value(v):
    if isinstance(v, (datetime.datetime, datetime.date)):
        return v.date().isoformat() if isinstance(v, datetime.datetime) else v.isoformat()
    return v


book = openpyxl.load_workbook(sys.argv[1])
out = {"sheets": book.sheetnames}
for sheet in book.worksheets:
    rows = [[value(c.value) for c in row] for row in sheet.iter_rows()]
    formats = [c.number_format for c in sheet[2]] if sheet.max_row >= 2 else []
    out[sheet.title] = {
        "freeze": sheet.freeze_panes,
        "filter": sheet.auto_filter.ref,
        "bold_header": all(c.font.b for c in sheet[1] if c.value is not None),
        "rows": rows,
        "formats": formats,
    }
json.dump(out, sys.stdout, ensure_ascii=False)
