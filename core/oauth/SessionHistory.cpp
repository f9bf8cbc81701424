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

QString flowName(const SessionRecord &record)
{
    static const QHash<QString, const char *> names{
        {QStringLiteral("device"), QT_TRANSLATE_NOOP("orglens::oauth", "Device authorization")},
        {QStringLiteral("pkce"), QT_TRANSLATE_NOOP("orglens::oauth", "Authorization code + PKCE")},
        {QStringLiteral("refresh"), QT_TRANSLATE_NOOP("orglens::oauth", "Refresh")},
        {QStringLiteral("client_credentials"), QT_TRANSLATE_NOOP("orglens::oauth", "Client credentials")},
        {QStringLiteral("token_exchange"), QT_TRANSLATE_NOOP("orglens::oauth", "Token exchange")},
        {QStringLiteral("pasted"), QT_TRANSLATE_NOOP("orglens::oauth", "Pasted")},
    };
    const char *name = names.value(record.flow);
    return name ? QCoreApplication::translate("orglens::oauth", name) : record.flow;
}

} // namespace orglens::oauth
