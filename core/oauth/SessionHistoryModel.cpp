#include "oauth/SessionHistoryModel.h"

#include "jwt/TokenDecoder.h"

#include <QCoreApplication>
#include <QLocale>

namespace orglens::oauth {

namespace {
QString timeText(const QDateTime &time)
{
    return time.toLocalTime().toString(QStringLiteral("HH:mm:ss"));
}

// The JWT a record is best represented by in a chain: its access token, else its ID token.
std::optional<jwt::DecodedToken> representativeToken(const SessionRecord &record)
{
    for (const Secret *token : {&record.tokens.accessToken, &record.tokens.idToken}) {
        if (auto decoded = jwt::decodeToken(token->toString()))
            return decoded.value();
    }
    return std::nullopt;
}
} // namespace

SessionHistoryModel::SessionHistoryModel(const SessionHistory *history, QObject *parent)
    : QAbstractTableModel(parent), m_history(history)
{
    connect(history, &SessionHistory::recordAdded, this, [this](const QString &, qsizetype row) { append(row); });
    connect(history, &SessionHistory::cleared, this, &SessionHistoryModel::reload);
    reload();
}

void SessionHistoryModel::setProfileNamer(ProfileNamer namer)
{
    m_profileNamer = std::move(namer);
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, ProfileColumn), index(rowCount() - 1, ProfileColumn));
}

QList<SessionHistoryModel::Row> SessionHistoryModel::rowsOf(const SessionRecord &record, qsizetype index)
{
    QList<Row> rows;
    for (const bool idToken : {false, true}) {
        const QString token = (idToken ? record.tokens.idToken : record.tokens.accessToken).toString();
        if (jwt::decodeToken(token).ok())
            rows << Row{index, idToken, token};
    }
    return rows;
}

void SessionHistoryModel::reload()
{
    beginResetModel();
    m_rows.clear();
    for (qsizetype i = 0; i < m_history->records().size(); ++i)
        m_rows << rowsOf(m_history->records().at(i), i);
    endResetModel();
}

void SessionHistoryModel::append(qsizetype recordIndex)
{
    const QList<Row> rows = rowsOf(m_history->records().at(recordIndex), recordIndex);
    if (rows.isEmpty())
        return;
    beginInsertRows({}, rowCount(), rowCount() + int(rows.size()) - 1);
    m_rows << rows;
    endInsertRows();
}

int SessionHistoryModel::rowForToken(const QString &token) const
{
    for (qsizetype row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).token == token)
            return int(row);
    }
    return -1;
}

QString SessionHistoryModel::kindText(bool idToken)
{
    return idToken ? tr("ID token") : tr("Access token");
}

QString SessionHistoryModel::kindBadge(bool idToken)
{
    return idToken ? tr("ID", "badge of an ID token") : tr("Access", "badge of an access token");
}

QString SessionHistoryModel::tokenAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).token : QString();
}

int SessionHistoryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int SessionHistoryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SessionHistoryModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    const SessionRecord &record = m_history->records().at(row.record);
    if (role == TokenRole)
        return row.token;
    if (role == RecordIdRole)
        return record.id;
    if (role == KindBadgeRole)
        return index.column() == TimeColumn ? kindBadge(row.idToken) : QString();
    if (role == Qt::ToolTipRole && index.column() == TimeColumn)
        return kindText(row.idToken) + QLatin1Char('\n') +
               QLocale().toString(record.time.toLocalTime(), QLocale::LongFormat);
    if (role == Qt::AccessibleTextRole && index.column() == TimeColumn)
        return QStringLiteral("%1, %2").arg(timeText(record.time), kindText(row.idToken));
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (Column(index.column())) {
    case TimeColumn:
        return timeText(record.time);
    case FlowColumn:
        return flowLabel(record.flow);
    case ProfileColumn: {
        const QString name = m_profileNamer ? m_profileNamer(record) : QString();
        return name.isEmpty() ? record.issuer.host() : name;
    }
    case KindColumn:
        return kindText(row.idToken);
    case ColumnCount:
        break;
    }
    return {};
}

QVariant SessionHistoryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case TimeColumn:
        return tr("Time");
    case FlowColumn:
        return tr("Flow");
    case ProfileColumn:
        return tr("Profile");
    case KindColumn:
        return tr("Kind");
    case ColumnCount:
        break;
    }
    return {};
}

QList<SessionRecord> sessionLineage(const SessionHistory &history, const QString &id)
{
    QList<SessionRecord> lineage;
    QString next = id;
    // The bound guards against a cycle in parent ids.
    while (!next.isEmpty() && lineage.size() <= history.size()) {
        const auto record = history.find(next);
        if (!record)
            break;
        lineage.prepend(*record);
        next = record->parentId;
    }
    return lineage;
}

QList<jwt::ChainStep> chainSteps(const QList<SessionRecord> &lineage)
{
    QList<jwt::ChainStep> steps;
    for (const SessionRecord &record : lineage) {
        if (auto token = representativeToken(record))
            steps << jwt::ChainStep{QStringLiteral("%1 %2").arg(flowLabel(record.flow), timeText(record.time)), *token};
    }
    return steps;
}

} // namespace orglens::oauth
