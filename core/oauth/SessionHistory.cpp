#include "oauth/SessionHistory.h"

#include <QCoreApplication>
#include <QUuid>

namespace orglens::oauth {

QString SessionHistory::add(SessionRecord record)
{
    record.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    if (!record.time.isValid())
        record.time = QDateTime::currentDateTimeUtc();
    m_records.append(std::move(record));
    const SessionRecord &added = m_records.constLast();
    emit recordAdded(added.id, m_records.size() - 1);
    return added.id;
}

std::optional<SessionRecord> SessionHistory::find(const QString &id) const
{
    for (const SessionRecord &record : m_records) {
        if (record.id == id)
            return record;
    }
    return std::nullopt;
}

std::optional<SessionRecord> SessionHistory::findByToken(const QByteArray &token) const
{
    if (token.isEmpty())
        return std::nullopt;
    for (const SessionRecord &record : m_records) {
        const TokenResponse &tokens = record.tokens;
        if (tokens.accessToken.bytes() == token || tokens.idToken.bytes() == token ||
            tokens.refreshToken.bytes() == token)
            return record;
    }
    return std::nullopt;
}

void SessionHistory::clear()
{
    m_records.clear();
    emit cleared();
}

} // namespace orglens::oauth
