"""Office Open XML at the element level, kept apart from the domain logic.

Like python-docx's own ``oxml`` layer: the only code that writes xpath or raw markup. Stages ask
these functions for plain values (a table's cells, a workbook's date system) or hand them plain
values to write (rows of a chronology).
"""
