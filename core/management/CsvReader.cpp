#include "CsvReader.h"

#include <QCoreApplication>

namespace orglens::management {

namespace {

// The translation context of this file's messages.
struct CsvReader {
    Q_DECLARE_TR_FUNCTIONS(orglens::management::CsvReader)
};

Error csvError(int line, int column, const QString &what)
{
    return {QStringLiteral("invalid_csv"), CsvReader::tr("line %1, column %2: %3").arg(line).arg(column).arg(what)};
}

} // namespace

Result<QList<CsvRecord>> parseCsv(const QByteArray &data)
{
    QString text = QString::fromUtf8(data);
    if (text.startsWith(QChar(0xFEFF)))
        text.remove(0, 1);

    QList<CsvRecord> records;
    CsvRecord record;
    QString field;
    int line = 1;
    int column = 1;
    bool inQuotes = false;
    bool wasQuoted = false; // the current field was quoted and its closing quote seen
    bool recordStarted = false;
    int quoteLine = 0;
    int quoteColumn = 0;

    const auto endField = [&] {
        record.fields.append(field);
        field.clear();
        wasQuoted = false;
    };
    const auto endRecord = [&] {
        endField();
        // A line with nothing on it is not a record.
        if (!(record.fields.size() == 1 && record.fields.constFirst().isEmpty() && !recordStarted))
            records.append(record);
        record = CsvRecord();
        recordStarted = false;
    };

    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (!recordStarted && record.fields.isEmpty() && field.isEmpty())
            record.line = line;
        if (inQuotes) {
            if (c == u'"') {
                if (i + 1 < text.size() && text.at(i + 1) == u'"') {
                    field.append(u'"');
                    ++i;
                    column += 2;
                    continue;
                }
                inQuotes = false;
                wasQuoted = true;
            } else if (c == u'\n') {
                field.append(c);
                ++line;
                column = 0;
            } else if (c == u'\r' && i + 1 < text.size() && text.at(i + 1) == u'\n') {
                field.append(u'\n'); // CRLF inside a field reads as one line break
                ++i;
                ++line;
                column = 0;
            } else {
                field.append(c);
            }
            ++column;
            continue;
        }
        if (c == u',') {
            recordStarted = true;
            endField();
        } else if (c == u'\n' || c == u'\r') {
            if (c == u'\r' && i + 1 < text.size() && text.at(i + 1) == u'\n')
                ++i;
            endRecord();
            ++line;
            column = 0;
        } else if (c == u'"') {
            if (!field.isEmpty() || wasQuoted)
                return csvError(
                    line, column,
                    CsvReader::tr(
                        "a quote inside an unquoted field; quote the whole field and write a quote as \"\"."));
            inQuotes = true;
            recordStarted = true;
            quoteLine = line;
            quoteColumn = column;
        } else {
            if (wasQuoted)
                return csvError(line, column,
                                CsvReader::tr("text after the closing quote of a field; put a ',' there or move the "
                                              "text inside the quotes."));
            field.append(c);
            recordStarted = true;
        }
        ++column;
    }
    if (inQuotes)
        return csvError(quoteLine, quoteColumn,
                        CsvReader::tr("the quoted field starting here is never closed; add the closing quote."));
    if (recordStarted || !field.isEmpty() || !record.fields.isEmpty())
        endRecord();
    return records;
}

} // namespace orglens::management
