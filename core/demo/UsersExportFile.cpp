#include "UsersExportFile.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

#include <zlib.h>

namespace orglens::demo {

namespace {

QByteArray quoted(const QString &text)
{
    QByteArray cell = text.toUtf8();
    cell.replace('"', "\"\"");
    return '"' + cell + '"';
}

// Auth0 escapes every string of an export CSV against CSV injection (OWASP): quotes doubled, a leading single quote,
// the whole wrapped in double quotes. Numbers and booleans are written as they are, objects as compact JSON text.
QByteArray csvCell(const QJsonValue &value)
{
    if (value.isUndefined() || value.isNull())
        return {};
    if (value.isString())
        return quoted(QLatin1Char('\'') + value.toString());
    if (value.isObject() || value.isArray())
        return quoted(QLatin1Char('\'') + QString::fromUtf8(jsonText(value)));
    return jsonText(value);
}

} // namespace

QByteArray jsonText(const QJsonValue &value)
{
    if (value.isObject())
        return QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact);
    // Anything else wrapped in an array to serialise it, then unwrapped.
    const QByteArray array = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
    return array.mid(1, array.size() - 2);
}

QJsonObject ExportField::toJson() const
{
    QJsonObject json{{QStringLiteral("name"), name}};
    if (!exportAs.isEmpty())
        json.insert(QStringLiteral("export_as"), exportAs);
    return json;
}

ExportLines::ExportLines(ExportFormat format, QList<ExportField> fields) : m_format(format), m_fields(std::move(fields))
{
    for (const ExportField &field : m_fields)
        m_paths.append(parsePath(field.name));
}

ExportLines::Path ExportLines::parsePath(const QString &name)
{
    static const QRegularExpression step(QStringLiteral(R"(^([^\[\]]+)((?:\[\d+\])*)$)"));
    static const QRegularExpression element(QStringLiteral(R"(\[(\d+)\])"));
    Path path;
    for (const QString &part : name.split(QLatin1Char('.'))) {
        const QRegularExpressionMatch match = step.match(part);
        if (!match.hasMatch())
            return {};
        Step parsed{match.captured(1), {}};
        for (auto it = element.globalMatch(match.captured(2)); it.hasNext();)
            parsed.elements.append(it.next().captured(1).toLongLong());
        path.append(parsed);
    }
    return path;
}

QJsonValue ExportLines::valueAt(const QJsonObject &user, const Path &path)
{
    if (path.isEmpty())
        return QJsonValue(QJsonValue::Undefined);
    QJsonValue value(user);
    for (const Step &step : path) {
        if (!value.isObject())
            return QJsonValue(QJsonValue::Undefined);
        value = value.toObject().value(step.property);
        for (const qsizetype element : step.elements) {
            if (!value.isArray() || element >= value.toArray().size())
                return QJsonValue(QJsonValue::Undefined);
            value = value.toArray().at(element);
        }
    }
    return value;
}

QByteArray ExportLines::header() const
{
    if (m_format == ExportFormat::Json)
        return {};
    QByteArrayList columns;
    for (const ExportField &field : m_fields)
        columns.append(quoted(field.column()));
    return columns.join(',') + '\n';
}

QByteArray ExportLines::line(const QJsonObject &user) const
{
    if (m_format == ExportFormat::Json) {
        QJsonObject row;
        for (qsizetype i = 0; i < m_fields.size(); ++i) {
            const QJsonValue value = valueAt(user, m_paths.at(i));
            if (!value.isUndefined())
                row.insert(m_fields.at(i).column(), value);
        }
        return QJsonDocument(row).toJson(QJsonDocument::Compact) + '\n';
    }
    QByteArrayList cells;
    for (const Path &path : m_paths)
        cells.append(csvCell(valueAt(user, path)));
    return cells.join(',') + '\n';
}

struct GzipFileWriter::Stream {
    z_stream zlib{};
    bool initialised = false;
};

GzipFileWriter::GzipFileWriter() : m_stream(std::make_unique<Stream>()) {}

GzipFileWriter::~GzipFileWriter()
{
    if (m_stream->initialised)
        deflateEnd(&m_stream->zlib);
}

bool GzipFileWriter::open(const QString &path)
{
    m_file.setFileName(path);
    if (!m_file.open(QIODevice::WriteOnly))
        return false;
    // windowBits 15 + 16: a gzip header and trailer instead of zlib's.
    m_stream->initialised =
        deflateInit2(&m_stream->zlib, Z_DEFAULT_COMPRESSION, Z_DEFLATED, 15 + 16, 8, Z_DEFAULT_STRATEGY) == Z_OK;
    return m_stream->initialised;
}

bool GzipFileWriter::write(const QByteArray &data)
{
    m_stream->zlib.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(data.constData()));
    m_stream->zlib.avail_in = uInt(data.size());
    return deflateInto(Z_NO_FLUSH);
}

bool GzipFileWriter::finish()
{
    m_stream->zlib.next_in = nullptr;
    m_stream->zlib.avail_in = 0;
    const bool written = deflateInto(Z_FINISH);
    m_file.close();
    return written && m_file.error() == QFileDevice::NoError;
}

bool GzipFileWriter::deflateInto(int flush)
{
    if (!m_stream->initialised)
        return false;
    char buffer[64 * 1024];
    int status = Z_OK;
    do {
        m_stream->zlib.next_out = reinterpret_cast<Bytef *>(buffer);
        m_stream->zlib.avail_out = sizeof buffer;
        status = deflate(&m_stream->zlib, flush);
        if (status == Z_STREAM_ERROR)
            return false;
        const qint64 produced = qint64(sizeof buffer) - m_stream->zlib.avail_out;
        if (produced > 0 && m_file.write(buffer, produced) != produced)
            return false;
    } while (m_stream->zlib.avail_out == 0 || (flush == Z_FINISH && status != Z_STREAM_END));
    return true;
}

} // namespace orglens::demo
