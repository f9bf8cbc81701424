#pragma once

#include <QByteArray>
#include <QFile>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <memory>

// The file of a users export job: the users' requested fields as NDJSON or CSV lines, gzip-compressed while they are
// written, so that memory stays bounded however many users are exported.

namespace orglens::demo {

// One requested column: `name` is a property path of the user ("email", "app_metadata.default_org_id",
// "identities[0].connection"); `exportAs` renames the column.
struct ExportField {
    QString name;
    QString exportAs; // empty: the column is called `name`

    QString column() const { return exportAs.isEmpty() ? name : exportAs; }
    QJsonObject toJson() const;
};

// A JSON value as compact JSON text: {"a":1}, [1], "text", 5, true.
QByteArray jsonText(const QJsonValue &value);

enum class ExportFormat { Json, Csv };

// Turns users (as the Management API returns them) into the export's lines.
class ExportLines {
public:
    ExportLines(ExportFormat format, QList<ExportField> fields);

    // What opens the file: the CSV header line; nothing for NDJSON.
    QByteArray header() const;
    // One user: a JSON object with one key per field found (in NDJSON), or one CSV row (empty cells for fields the
    // user lacks). Ends with a newline.
    QByteArray line(const QJsonObject &user) const;

private:
    // One property of a path and the array elements taken after it: "identities[0]" is {"identities", {0}}.
    struct Step {
        QString property;
        QList<qsizetype> elements;
    };
    using Path = QList<Step>;

    // A field name as a path: dots between properties, [n] for an array element. Empty when malformed.
    static Path parsePath(const QString &name);
    // Undefined when the user lacks it.
    static QJsonValue valueAt(const QJsonObject &user, const Path &path);

    ExportFormat m_format;
    QList<ExportField> m_fields;
    QList<Path> m_paths; // parsed once: one per field
};

// A gzip file written piece by piece with zlib's streaming deflate.
class GzipFileWriter {
public:
    GzipFileWriter();
    ~GzipFileWriter();
    GzipFileWriter(const GzipFileWriter &) = delete;
    GzipFileWriter &operator=(const GzipFileWriter &) = delete;

    bool open(const QString &path);
    bool write(const QByteArray &data);
    // Writes the gzip trailer and closes the file.
    bool finish();

private:
    bool deflateInto(int flush);

    struct Stream;
    std::unique_ptr<Stream> m_stream;
    QFile m_file;
};

} // namespace orglens::demo
