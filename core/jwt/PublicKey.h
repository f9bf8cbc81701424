#pragma once

#include <QByteArray>

#include <openssl/evp.h>

#include <array>
#include <mutex>

namespace orglens::jwt {

struct JwsAlgorithm;

// An OpenSSL public key, built once when a JWK is parsed and shared by every verification.
// Private to core: public headers only forward-declare it, so users of core need no OpenSSL.
class PublicKey {
public:
    explicit PublicKey(EVP_PKEY *key) : m_key(key) {} // takes ownership
    ~PublicKey();
    PublicKey(const PublicKey &) = delete;
    PublicKey &operator=(const PublicKey &) = delete;

    EVP_PKEY *get() const { return m_key; }
    int bits() const { return EVP_PKEY_get_bits(m_key); }

    // One EVP_DigestVerify of `signature` (in OpenSSL's format: DER for ECDSA) over `input`.
    // Thread-safe.
    bool verify(const JwsAlgorithm &algorithm, const QByteArray &input, const QByteArray &signature) const;

private:
    EVP_MD_CTX *newContext(const JwsAlgorithm &algorithm) const;

    EVP_PKEY *m_key;
    // Initialised contexts, one per hash, copied for each verification: setting up a context (provider
    // lookups, padding) costs over 10% of an RSA-2048 verification.
    mutable std::mutex m_mutex;
    mutable std::array<EVP_MD_CTX *, 6> m_templates{}; // index: digest (SHA256/384/512) x PSS
};

} // namespace orglens::jwt
