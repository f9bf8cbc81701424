#pragma once

#include <openssl/evp.h>

namespace orglens::jwt {

// An OpenSSL public key, built once when a JWK is parsed and shared by every verification.
// Private to core: public headers only forward-declare it, so users of core need no OpenSSL.
class PublicKey {
public:
    explicit PublicKey(EVP_PKEY *key) : m_key(key) {} // takes ownership
    ~PublicKey() { EVP_PKEY_free(m_key); }
    PublicKey(const PublicKey &) = delete;
    PublicKey &operator=(const PublicKey &) = delete;

    EVP_PKEY *get() const { return m_key; }
    int bits() const { return EVP_PKEY_get_bits(m_key); }

private:
    EVP_PKEY *m_key;
};

} // namespace orglens::jwt
