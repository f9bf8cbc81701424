#include "BulkResultModel.h"

#include <QHash>

#include <algorithm>

namespace orglens::widgets {

namespace {

QString shown(const QJsonValue &value)
{
    return value.isString() ? value.toString() : QString();
}

// One CSV field, quoted when it holds a separator, a quote or a line break.
QByteArray csvField(const QString &text)
{
    QByteArray field = text.toUtf8();
    if (field.contains(',') || field.contains('"') || field.contains('\n') || field.contains('\r'))
        field = '"' + field.replace('"', "\"\"") + '"';
    return field;
}

} // namespace

void BulkResultModel::setRows(QList<Row> rows)
{
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
}

void BulkResultModel::clear()
{
    setRows({});
}

void BulkResultModel::setErrors(QList<management::RowError> errors, const QList<management::BulkRow> &parsed)
{
    std::stable_sort(errors.begin(), errors.end(), [](const auto &a, const auto &b) { return a.line < b.line; });
    QHash<int, management::BulkRow> byLine;
    for (const auto &row : parsed)
        byLine.insert(row.line, row);
    QList<Row> rows;
    for (const auto &error : errors) {
        const management::BulkRow row = byLine.value(error.line);
        rows.append({error.line, row.user, row.org, {}, QStringLiteral("invalid"), error.message});
    }
    setRows(rows);
}

void BulkResultModel::setPlan(const management::BulkPlan &plan)
{
    QList<Row> rows;
    for (const auto &row : plan.rows)
        rows.append({row.line,
                     row.userId,
                     row.orgId,
                     row.before,
                     row.alreadyAtTarget ? QStringLiteral("unchanged") : QStringLiteral("change"),
                     {}});
    setRows(rows);
}

void BulkResultModel::setResults(const QList<management::RowResult> &results)
{
    QList<Row> rows;
    for (const auto &result : results)
        rows.append({result.line, result.userId, result.orgId, result.before,
                     result.status == management::RowStatus::NotStarted ? QStringLiteral("not-started")
                                                                        : management::rowStatusText(result.status),
                     result.detail});
    setRows(rows);
}

int BulkResultModel::count(const QString &statusCode) const
{
    return int(std::count_if(m_rows.cbegin(), m_rows.cend(), [&](const Row &row) { return row.status == statusCode; }));
}

QByteArray BulkResultModel::toCsv() const
{
    QByteArray csv = "line,user_id,org_id,before,status,detail\r\n";
    for (const Row &row : m_rows) {
        csv += QByteArray::number(row.line) + ',' + csvField(row.user) + ',' + csvField(row.org) + ',' +
               csvField(shown(row.before)) + ',' + csvField(row.status) + ',' + csvField(row.detail) + "\r\n";
    }
    return csv;
}

int BulkResultModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int BulkResultModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString BulkResultModel::statusText(const QString &code)
{
    static const QHash<QString, const char *> texts{
        {QStringLiteral("invalid"), QT_TR_NOOP("Invalid")},
        {QStringLiteral("change"), QT_TR_NOOP("Will change")},
        {QStringLiteral("unchanged"), QT_TR_NOOP("Already set (skip)")},
        {QStringLiteral("applied"), QT_TR_NOOP("Applied")},
        {QStringLiteral("skipped"), QT_TR_NOOP("Skipped")},
        {QStringLiteral("failed"), QT_TR_NOOP("Failed")},
        {QStringLiteral("unaudited"), QT_TR_NOOP("Applied, not audited")},
        {QStringLiteral("not-started"), QT_TR_NOOP("Not started")},
    };
    const char *text = texts.value(code);
    return text ? tr(text) : code;
}

QVariant BulkResultModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Row &row = m_rows.at(index.row());
    if (role == StatusCodeRole && index.column() == StatusColumn)
        return row.status;
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case LineColumn:
        return row.line;
    case UserColumn:
        return row.user;
    case OrgColumn:
        return row.org;
    case BeforeColumn:
        return row.before.isString() || row.status == QLatin1String("invalid") ? shown(row.before) : tr("(none)");
    case StatusColumn:
        return statusText(row.status);
    case DetailColumn:
        return row.detail;
    default:
        return {};
    }
}

QVariant BulkResultModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case LineColumn:
        return tr("Line");
    case UserColumn:
        return tr("User");
    case OrgColumn:
        return tr("Organization");
    case BeforeColumn:
        return tr("Before");
    case StatusColumn:
        return tr("Result");
    case DetailColumn:
        return tr("Detail");
    default:
        return {};
    }
}

} // namespace orglens::widgets
