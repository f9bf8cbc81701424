#include "secrets/Secret.h"

#include <openssl/crypto.h>

namespace orglens {

Secret::Secret(QByteArray bytes)
{
    auto holder = std::make_shared<Holder>();
    holder->bytes = std::move(bytes);
    // Own the only copy of the buffer so wiping it never touches a QByteArray someone else still uses.
    holder->bytes.detach();
    m_holder = std::move(holder);
}

Secret::Holder::~Holder()
{
    if (!bytes.isEmpty() && bytes.isDetached())
        OPENSSL_cleanse(bytes.data(), size_t(bytes.size()));
}

const QByteArray &Secret::bytes() const
{
    static const QByteArray empty;
    return m_holder ? m_holder->bytes : empty;
}

QDebug operator<<(QDebug debug, const Secret &secret)
{
    QDebugStateSaver saver(debug);
    debug.nospace() << (secret.isEmpty() ? "<empty secret>" : "<redacted>");
    return debug;
}

} // namespace orglens
