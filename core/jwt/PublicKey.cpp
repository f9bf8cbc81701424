#include "PublicKey.h"

#include "JwsAlgorithm.h"

#include <openssl/rsa.h>

#include <cstring>
#include <memory>

namespace orglens::jwt {

namespace {

struct MdContextFree {
    void operator()(EVP_MD_CTX *context) const { EVP_MD_CTX_free(context); }
};
using MdContext = std::unique_ptr<EVP_MD_CTX, MdContextFree>;

// Digests are fetched once per process instead of on every verification.
const EVP_MD *digest(const char *name)
{
    static EVP_MD *const sha256 = EVP_MD_fetch(nullptr, "SHA256", nullptr);
    static EVP_MD *const sha384 = EVP_MD_fetch(nullptr, "SHA384", nullptr);
    static EVP_MD *const sha512 = EVP_MD_fetch(nullptr, "SHA512", nullptr);
    if (!name)
        return nullptr;
    if (std::strcmp(name, "SHA256") == 0)
        return sha256;
    return std::strcmp(name, "SHA384") == 0 ? sha384 : sha512;
}

// Template slot of an algorithm; -1 for EdDSA, whose contexts are not reused.
int templateIndex(const JwsAlgorithm &algorithm)
{
    if (!algorithm.digest)
        return -1;
    const int hash = std::strcmp(algorithm.digest, "SHA256") == 0   ? 0
                     : std::strcmp(algorithm.digest, "SHA384") == 0 ? 1
                                                                    : 2;
    return hash * 2 + (algorithm.pss ? 1 : 0);
}

} // namespace

PublicKey::~PublicKey()
{
    for (EVP_MD_CTX *context : m_templates)
        EVP_MD_CTX_free(context);
    EVP_PKEY_free(m_key);
}

EVP_MD_CTX *PublicKey::newContext(const JwsAlgorithm &algorithm) const
{
    MdContext context(EVP_MD_CTX_new());
    EVP_PKEY_CTX *keyContext = nullptr; // owned by context
    if (!context || EVP_DigestVerifyInit(context.get(), &keyContext, digest(algorithm.digest), nullptr, m_key) != 1)
        return nullptr;
    if (algorithm.pss) {
        // RFC 7518 §3.5: MGF1 with the same hash, salt as long as the hash.
        if (EVP_PKEY_CTX_set_rsa_padding(keyContext, RSA_PKCS1_PSS_PADDING) != 1 ||
            EVP_PKEY_CTX_set_rsa_mgf1_md(keyContext, digest(algorithm.digest)) != 1 ||
            EVP_PKEY_CTX_set_rsa_pss_saltlen(keyContext, RSA_PSS_SALTLEN_DIGEST) != 1) {
            return nullptr;
        }
    }
    return context.release();
}

bool PublicKey::verify(const JwsAlgorithm &algorithm, const QByteArray &input, const QByteArray &signature) const
{
    MdContext context;
    const int index = templateIndex(algorithm);
    if (index >= 0) {
        std::lock_guard lock(m_mutex);
        if (!m_templates[size_t(index)])
            m_templates[size_t(index)] = newContext(algorithm);
        if (m_templates[size_t(index)]) {
            context.reset(EVP_MD_CTX_new());
            if (context && EVP_MD_CTX_copy_ex(context.get(), m_templates[size_t(index)]) != 1)
                context.reset();
        }
    }
    if (!context)
        context.reset(newContext(algorithm));
    return context &&
           EVP_DigestVerify(context.get(), reinterpret_cast<const unsigned char *>(signature.constData()),
                            size_t(signature.size()), reinterpret_cast<const unsigned char *>(input.constData()),
                            size_t(input.size())) == 1;
}

} // namespace orglens::jwt
