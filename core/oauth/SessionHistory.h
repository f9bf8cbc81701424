#pragma once

#include "oauth/Flow.h"
#include "oauth/OAuthResponses.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QObject>

#include <optional>

namespace orglens::oauth {

// Where a token came from: one record per token response. Tokens stay in memory (never written anywhere).
struct SessionRecord {
    QString id; // assigned by SessionHistory::add()
    Flow flow = Flow::Pasted;
    QUrl issuer;
    QString clientId;
    QJsonObject parameters; // the request's non-secret parameters (audience, scope, organization, ...)
    QDateTime time;         // when the response arrived (UTC)
    TokenResponse tokens;
    QString parentId; // the record this one was refreshed or exchanged from, or empty
};

// The session's token responses, newest last; a GUI list model can wrap it (rows = records()).
class SessionHistory : public QObject {
    Q_OBJECT

public:
    using QObject::QObject;

    // Assigns an id (and the time, when unset), appends, emits recordAdded; returns the id.
    QString add(SessionRecord record);
    std::optional<SessionRecord> find(const QString &id) const;
    // The record whose access, ID or refresh token is `token` (for "where did this token come from?").
    std::optional<SessionRecord> findByToken(const QByteArray &token) const;
    const QList<SessionRecord> &records() const { return m_records; }
    qsizetype size() const { return m_records.size(); }
    void clear();

signals:
    void recordAdded(const QString &id, qsizetype row);
    void cleared();

private:
    QList<SessionRecord> m_records;
};

} // namespace orglens::oauth
