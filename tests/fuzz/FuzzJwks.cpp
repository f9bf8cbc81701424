// JWKS parsing and key building (RSA, EC, OKP through OpenSSL), then one verification with every key built, so a
// half-built key would show up in EVP_DigestVerify.
#include "FuzzInput.h"

#include "jwt/Jwks.h"
#include "jwt/SignatureVerifier.h"
#include "jwt/TokenDecoder.h"

using namespace orglens;

namespace {

// One token per algorithm family; the signatures are wrong, only the code path matters.
const QList<jwt::DecodedToken> &probeTokens()
{
    static const QList<jwt::DecodedToken> tokens = [] {
        QList<jwt::DecodedToken> list;
        for (const char *alg : {"RS256", "PS384", "ES256", "ES384", "ES512", "EdDSA"}) {
            const QByteArray header = fuzz::base64Url(QByteArray("{\"alg\":\"") + alg + "\"}");
            const QByteArray payload = fuzz::base64Url("{\"sub\":\"fuzz\"}");
            const QByteArray signature = fuzz::base64Url(QByteArray(alg[0] == 'E' ? 64 : 256, '\x01'));
            list << jwt::decodeToken(QString::fromLatin1(header + '.' + payload + '.' + signature)).value();
        }
        return list;
    }();
    return tokens;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const auto keys = jwt::parseJwks(QByteArray(reinterpret_cast<const char *>(data), qsizetype(size)));
    if (!keys) {
        fuzz::expect(!keys.error().message.isEmpty());
        return 0;
    }
    for (const jwt::Jwk &key : keys->keys())
        fuzz::expect(key.publicKey && !key.description.isEmpty()); // every key of a JwkSet is usable
    for (const jwt::DecodedToken &token : probeTokens())
        fuzz::expect(!jwt::verifySignature(token, *keys).valid); // a wrong signature never verifies
    return 0;
}
