#pragma once

#include "TokenIssuer.h"

#include <QDateTime>
#include <QHash>
#include <QString>
#include <QStringList>

#include <optional>

namespace orglens::demo {

// A login in progress in the browser: an /authorize request or a device activation.
struct LoginTransaction {
    enum class Kind { Authorize, Device };
    Kind kind = Kind::Authorize;
    QString id;
    QString clientId;
    QStringList scopes;
    QString audience;
    // Authorize only
    QString redirectUri;
    QString state;
    QString codeChallenge;
    QString nonce;
    QString orgId;
    QString loginHint;
    // Device only
    QString deviceCode;
    // Set once the user has logged in
    QString userId;
    QString sessionId;
    QDateTime authTime;
};

// The browser session a login creates (cookie orglens_demo_session = id, also the ID token's `sid`).
struct Session {
    QString id;
    QString userId;
    QDateTime authTime;
};

struct AuthorizationCode {
    Grant grant;
    QString redirectUri;
    QString codeChallenge; // S256
    QDateTime expiresAt;
};

struct DeviceAuthorization {
    enum class Status { Pending, Approved, Denied };
    QString deviceCode;
    QString userCode; // XXXX-XXXX
    QString clientId;
    QStringList scopes;
    QString audience;
    QDateTime expiresAt;
    int interval = 5;   // seconds; grows by 5 on every slow_down (RFC 8628 §3.5)
    QDateTime lastPoll; // when the previous poll was answered
    Status status = Status::Pending;
    bool expiryReported = false;
    Grant grant; // set when approved
};

// In-memory state of the browser and device flows, shared by the /authorize side and /oauth/token.
class FlowStore {
public:
    LoginTransaction &newTransaction(LoginTransaction::Kind kind);
    LoginTransaction *transaction(const QString &id);
    void removeTransaction(const QString &id) { m_transactions.remove(id); }

    Session newSession(const QString &userId, const QDateTime &authTime);
    std::optional<Session> session(const QString &id) const;
    void removeSession(const QString &id) { m_sessions.remove(id); }

    // Stores a code and returns its value; takeCode() removes it, so a code works once.
    QString addCode(const AuthorizationCode &code);
    std::optional<AuthorizationCode> takeCode(const QString &code);

    DeviceAuthorization &newDeviceAuthorization();
    DeviceAuthorization *deviceByCode(const QString &deviceCode);
    // Accepts the user code with or without the dash, in any case, with surrounding spaces.
    DeviceAuthorization *deviceByUserCode(const QString &userCode);
    void removeDevice(const QString &deviceCode) { m_devices.remove(deviceCode); }

private:
    QHash<QString, LoginTransaction> m_transactions;
    QHash<QString, Session> m_sessions;
    QHash<QString, AuthorizationCode> m_codes;
    QHash<QString, DeviceAuthorization> m_devices;
};

} // namespace orglens::demo
