#include "oauth/Pkce.h"

#include <QCryptographicHash>

#include <QList>
#include <QRandomGenerator>

namespace orglens::oauth {

QByteArray randomUrlSafe(int bytes)
{
    // QRandomGenerator::system() is the operating system's CSPRNG (getrandom on Linux).
    QList<quint32> words((bytes + 3) / 4);
    QRandomGenerator::system()->fillRange(words.data(), words.size());
    const QByteArray random = QByteArray(reinterpret_cast<const char *>(words.constData()), bytes);
    return random.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

QByteArray makeCodeVerifier()
{
    return randomUrlSafe(32);
}

QByteArray codeChallengeS256(const QByteArray &verifier)
{
    return QCryptographicHash::hash(verifier, QCryptographicHash::Sha256)
        .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

} // namespace orglens::oauth
