#pragma once

#include "common/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

#include <future>
#include <memory>

struct evp_pkey_st; // OpenSSL's EVP_PKEY

namespace orglens::jwt {

// An RS256 signing key: a fresh RSA-2048 key with a random `kid` (the demo tenant's, the doctor's throwaway one). The
// key is generated on a worker thread from construction on (keygen takes 50-300 ms), so the tenant listens at once; the
// first use waits for it.
class SigningKey {
    Q_DECLARE_TR_FUNCTIONS(orglens::jwt::SigningKey)

public:
    SigningKey();
    ~SigningKey();
    SigningKey(const SigningKey &) = delete;
    SigningKey &operator=(const SigningKey &) = delete;

    QString kid() const { return m_kid; }

    // Compact JWS over `payload`. `alg` (RS256), `typ` (JWT) and `kid` are set unless `header` has them.
    QByteArray sign(const QJsonObject &header, const QJsonObject &payload) const;
    // Checks the format, `alg` RS256, `kid` and the signature; returns the payload. Claims (exp, iss, aud)
    // are NOT checked: that is the caller's policy.
    Result<QJsonObject> verify(const QByteArray &compact) const;
    // {"keys":[<public JWK>]} as served at /.well-known/jwks.json.
    QJsonObject jwks() const;
    QJsonObject publicJwk() const;

private:
    struct KeyDeleter {
        void operator()(::evp_pkey_st *key) const;
    };
    ::evp_pkey_st *key() const; // waits for the generation to finish

    std::shared_future<std::shared_ptr<::evp_pkey_st>> m_key;
    QString m_kid;
};

} // namespace orglens::jwt
