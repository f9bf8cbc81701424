#pragma once

#include "common/Result.h"

#include <QByteArray>
#include <QList>
#include <QStringList>

namespace orglens::management {

// One CSV record and the 1-based line of the file where it starts.
struct CsvRecord {
    int line = 0;
    QStringList fields;
};

// RFC 4180 CSV (UTF-8, optional BOM): fields separated by ',', records by CRLF or LF, fields in double quotes may
// hold ',', line breaks and "" for a quote. Blank lines are skipped. An error names the line and column
// (unterminated quote, a quote inside an unquoted field, text after a closing quote).
Result<QList<CsvRecord>> parseCsv(const QByteArray &data);

} // namespace orglens::management
