#pragma once

#include <QByteArray>
#include <QDebug>
#include <QString>

#include <memory>

namespace orglens {

// Bytes that must not leak: a client secret, a refresh token, an access token. Copies share one buffer that is
// wiped (OPENSSL_cleanse) when the last copy goes away, and QDebug prints "<redacted>" instead of the value.
// bytes() hands out a const reference; whoever copies it into another QByteArray owns that copy.
class Secret {
public:
    Secret() = default;
    explicit Secret(QByteArray bytes);
    static Secret fromString(const QString &text) { return Secret(text.toUtf8()); }

    bool isEmpty() const { return !m_holder || m_holder->bytes.isEmpty(); }
    const QByteArray &bytes() const;
    QString toString() const { return QString::fromUtf8(bytes()); }

    friend bool operator==(const Secret &a, const Secret &b) { return a.bytes() == b.bytes(); }

private:
    struct Holder {
        QByteArray bytes;
        ~Holder();
    };
    std::shared_ptr<const Holder> m_holder;
};

QDebug operator<<(QDebug debug, const Secret &secret);

} // namespace orglens
