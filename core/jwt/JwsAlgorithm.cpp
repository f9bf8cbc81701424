#include "JwsAlgorithm.h"

#include <QString>
#include <QStringList>

#include <array>

namespace orglens::jwt {

namespace {
constexpr std::array<JwsAlgorithm, 10> Algorithms{{
    {"RS256", KeyFamily::Rsa, "SHA256", false, nullptr, 0},
    {"RS384", KeyFamily::Rsa, "SHA384", false, nullptr, 0},
    {"RS512", KeyFamily::Rsa, "SHA512", false, nullptr, 0},
    {"PS256", KeyFamily::Rsa, "SHA256", true, nullptr, 0},
    {"PS384", KeyFamily::Rsa, "SHA384", true, nullptr, 0},
    {"PS512", KeyFamily::Rsa, "SHA512", true, nullptr, 0},
    {"ES256", KeyFamily::Ec, "SHA256", false, "P-256", 32},
    {"ES384", KeyFamily::Ec, "SHA384", false, "P-384", 48},
    {"ES512", KeyFamily::Ec, "SHA512", false, "P-521", 66},
    {"EdDSA", KeyFamily::Okp, nullptr, false, "Ed25519", 32},
}};
} // namespace

const JwsAlgorithm *findJwsAlgorithm(QStringView name)
{
    for (const JwsAlgorithm &algorithm : Algorithms) {
        if (name == QLatin1String(algorithm.name))
            return &algorithm;
    }
    return nullptr;
}

bool isUnsignedAlgorithm(QStringView name)
{
    return name.compare(QLatin1String("none"), Qt::CaseInsensitive) == 0;
}

bool isHmacAlgorithm(QStringView name)
{
    return name == QLatin1String("HS256") || name == QLatin1String("HS384") || name == QLatin1String("HS512");
}

QString supportedAlgorithmNames()
{
    QStringList names;
    for (const JwsAlgorithm &algorithm : Algorithms)
        names << QLatin1String(algorithm.name);
    return names.join(QLatin1String(", "));
}

} // namespace orglens::jwt
