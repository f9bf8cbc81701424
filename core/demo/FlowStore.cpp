#include "FlowStore.h"

#include <QRandomGenerator>

namespace orglens::demo {

namespace {

// Auth0's user-code alphabet: consonants only, so that codes spell no words and are easy to type.
constexpr char UserCodeAlphabet[] = "BCDFGHJKLMNPQRSTVWXZ";

QString normalisedUserCode(const QString &userCode)
{
    QString code = userCode.trimmed().toUpper();
    code.remove(QLatin1Char('-'));
    code.remove(QLatin1Char(' '));
    return code;
}

QString newUserCode()
{
    QString code;
    for (int i = 0; i < 8; ++i) {
        if (i == 4)
            code += QLatin1Char('-');
        code += QLatin1Char(UserCodeAlphabet[QRandomGenerator::system()->bounded(int(sizeof UserCodeAlphabet) - 1)]);
    }
    return code;
}

} // namespace

LoginTransaction &FlowStore::newTransaction(LoginTransaction::Kind kind)
{
    LoginTransaction transaction;
    transaction.kind = kind;
    transaction.id = randomString(16);
    return m_transactions.insert(transaction.id, transaction).value();
}

LoginTransaction *FlowStore::transaction(const QString &id)
{
    const auto it = m_transactions.find(id);
    return it == m_transactions.end() ? nullptr : &it.value();
}

Session FlowStore::newSession(const QString &userId, const QDateTime &authTime)
{
    const Session session{randomString(16), userId, authTime};
    m_sessions.insert(session.id, session);
    return session;
}

std::optional<Session> FlowStore::session(const QString &id) const
{
    const auto it = m_sessions.constFind(id);
    if (it == m_sessions.cend())
        return std::nullopt;
    return *it;
}

QString FlowStore::addCode(const AuthorizationCode &code)
{
    const QString value = randomString(24);
    m_codes.insert(value, code);
    return value;
}

std::optional<AuthorizationCode> FlowStore::takeCode(const QString &code)
{
    const auto it = m_codes.constFind(code);
    if (it == m_codes.cend())
        return std::nullopt;
    AuthorizationCode found = *it;
    m_codes.erase(it);
    return found;
}

DeviceAuthorization &FlowStore::newDeviceAuthorization()
{
    DeviceAuthorization device;
    device.deviceCode = randomString(24);
    do {
        device.userCode = newUserCode();
    } while (deviceByUserCode(device.userCode));
    return m_devices.insert(device.deviceCode, device).value();
}

DeviceAuthorization *FlowStore::deviceByCode(const QString &deviceCode)
{
    const auto it = m_devices.find(deviceCode);
    return it == m_devices.end() ? nullptr : &it.value();
}

DeviceAuthorization *FlowStore::deviceByUserCode(const QString &userCode)
{
    const QString wanted = normalisedUserCode(userCode);
    if (wanted.isEmpty())
        return nullptr;
    for (auto it = m_devices.begin(); it != m_devices.end(); ++it) {
        if (normalisedUserCode(it->userCode) == wanted)
            return &it.value();
    }
    return nullptr;
}

} // namespace orglens::demo
