#include "jwt/TokenDiffModel.h"

#include "common/JsonText.h"

#include <QCoreApplication>

namespace orglens::jwt {

namespace {
QString changeKindText(ChangeKind kind)
{
    switch (kind) {
    case ChangeKind::Added:
        return TokenDiffModel::tr("Added");
    case ChangeKind::Removed:
        return TokenDiffModel::tr("Removed");
    case ChangeKind::Changed:
        return TokenDiffModel::tr("Changed");
    case ChangeKind::Unchanged:
        break;
    }
    return TokenDiffModel::tr("Unchanged");
}
// "/payload/https:~1~1example.com~1org_id" -> "payload › https://example.com/org_id": the pointer's segments
// unescaped (RFC 6901), so namespaced claims read as their names.
QString readablePath(const QString &pointer)
{
    QStringList segments = pointer.split(QLatin1Char('/'));
    if (!segments.isEmpty() && segments.constFirst().isEmpty())
        segments.removeFirst();
    for (QString &segment : segments)
        segment.replace(QLatin1String("~1"), QLatin1String("/")).replace(QLatin1String("~0"), QLatin1String("~"));
    return segments.join(QStringLiteral(" › "));
}
} // namespace

QString changeKindMarker(ChangeKind kind)
{
    switch (kind) {
    case ChangeKind::Added:
        return QStringLiteral("+");
    case ChangeKind::Removed:
        return QStringLiteral("\u2212");
    case ChangeKind::Changed:
        return QStringLiteral("~");
    case ChangeKind::Unchanged:
        break;
    }
    return QStringLiteral(" ");
}

TokenDiffModel::TokenDiffModel(QObject *parent) : QAbstractTableModel(parent) {}

void TokenDiffModel::setDiff(const TokenDiff &diff)
{
    beginResetModel();
    m_diff = diff;
    endResetModel();
}

void TokenDiffModel::clear()
{
    setDiff({});
}

int TokenDiffModel::rowForPath(const QString &path) const
{
    for (qsizetype row = 0; row < m_diff.entries.size(); ++row)
        if (m_diff.entries.at(row).path == path)
            return int(row);
    return -1;
}

int TokenDiffModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_diff.entries.size());
}

int TokenDiffModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant TokenDiffModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const DiffEntry &entry = m_diff.entries.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case PathColumn:
            return QStringLiteral("%1 %2").arg(changeKindMarker(entry.kind), readablePath(entry.path));
        case BeforeColumn:
            return entry.kind == ChangeKind::Added ? QString() : compactJson(entry.before);
        case AfterColumn:
            return entry.kind == ChangeKind::Removed ? QString() : compactJson(entry.after);
        }
        return {};
    case Qt::ToolTipRole: {
        QString tip = QStringLiteral("%1: %2").arg(changeKindText(entry.kind), entry.path);
        if (entry.isVolatile)
            tip += QLatin1Char('\n') + tr("Differs on every issuance; usually not a meaningful difference.");
        return tip;
    }
    case ChangeKindRole:
        return int(entry.kind);
    case IsVolatileRole:
        return entry.isVolatile;
    case PathRole:
        return entry.path;
    case IsDifferenceRole:
        return entry.kind != ChangeKind::Unchanged;
    default:
        return {};
    }
}

QVariant TokenDiffModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case PathColumn:
        return tr("Path");
    case BeforeColumn:
        return tr("Before");
    case AfterColumn:
        return tr("After");
    }
    return {};
}

} // namespace orglens::jwt
