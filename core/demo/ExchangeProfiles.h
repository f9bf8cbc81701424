#pragma once

#include "ManagementError.h"
#include "common/Clock.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>

#include <variant>
#include <vector>

// The demo tenant's Custom Token Exchange profiles (/api/v2/token-exchange-profiles): each maps one
// subject_token_type to the custom-token-exchange Action that validates such tokens.

namespace orglens::demo {

class ActionStore;

struct TokenExchangeProfile {
    QString id;
    QString name;
    QString subjectTokenType;
    QString actionId;
    QString type = QStringLiteral("custom_authentication");
    QDateTime createdAt;
    QDateTime updatedAt;

    QJsonObject toJson() const;
};

class ExchangeProfileStore {
public:
    explicit ExchangeProfileStore(const Clock &clock) : m_clock(&clock) {}

    template <typename T> using Answer = std::variant<T, ManagementError>;

    const std::vector<TokenExchangeProfile> &profiles() const { return m_profiles; }
    const TokenExchangeProfile *find(const QString &id) const;
    const TokenExchangeProfile *forSubjectTokenType(const QString &type) const;

    // POST (every field required) and PATCH (name, subject_token_type); the Action must exist and support the
    // custom-token-exchange trigger, the type must be usable and not taken, at most 100 profiles.
    Answer<TokenExchangeProfile> create(const QJsonObject &body, const ActionStore &actions);
    Answer<TokenExchangeProfile> update(const QString &id, const QJsonObject &body, const ActionStore &actions);
    std::optional<ManagementError> remove(const QString &id);

    static ManagementError notFound();

private:
    std::optional<ManagementError> apply(TokenExchangeProfile &profile, const QJsonObject &body,
                                         const ActionStore &actions) const;

    const Clock *m_clock; // a pointer, so the tenant's reset() can assign a pristine store
    std::vector<TokenExchangeProfile> m_profiles;
};

} // namespace orglens::demo
