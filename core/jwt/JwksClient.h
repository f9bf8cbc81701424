#pragma once

#include "common/Clock.h"
#include "common/ReplyLimits.h"
#include "common/Result.h"
#include "jwt/Jwks.h"

#include <QDateTime>
#include <QHash>
#include <QMetaType>
#include <QObject>
#include <QPointer>
#include <QStringList>
#include <QUrl>

#include <chrono>
#include <functional>
#include <optional>

class QNetworkAccessManager;
class QNetworkReply;

namespace orglens::jwt {

// The outcome of one JwksClient request.
struct JwksFetchResult {
    QUrl issuer;                   // normalised: always ends with '/'
    Result<JwkSet> keys = Error{}; // the keys, or what went wrong (what, where, how to fix)
    QUrl source;                   // the JWKS URL the keys came from
    QStringList notes;             // how they were found ("discovery failed: ...; used .../jwks.json")
    bool fromCache = false;

    bool ok() const { return keys.ok(); }
};

// Error codes of JwksClient (Error::code); parse errors keep the codes of JwksError.
namespace JwksClientError {
inline constexpr auto Issuer = "jwks-issuer";       // the issuer URL is not usable (e.g. http on a public host)
inline constexpr auto Network = "jwks-network";     // the server could not be reached, or timed out
inline constexpr auto Http = "jwks-http";           // the server answered with an HTTP error
inline constexpr auto Discovery = "jwks-discovery"; // the discovery document points keys elsewhere
inline constexpr auto Cancelled = "jwks-cancelled"; // cancel() aborted the fetch
} // namespace JwksClientError

// Fetches an issuer's JSON Web Key Set. Keys come only from the configured issuer: its OpenID discovery
// document's jwks_uri when that is on the issuer's own origin (scheme, host, port), else <issuer>.well-known/
// jwks.json when discovery is unavailable. https only, except http on loopback hosts. Results are cached
// per issuer; an unknown kid triggers at most one refresh per issuer per minute.
class JwksClient : public QObject {
    Q_OBJECT
public:
    static constexpr std::chrono::seconds MinimumRefreshInterval{60};

    explicit JwksClient(QNetworkAccessManager *network, const Clock &clock = Clock::system(),
                        QObject *parent = nullptr);

    void setTransferTimeout(std::chrono::milliseconds timeout);                     // default 10 s, per request
    void setCacheLifetime(std::chrono::seconds lifetime);                           // default 10 min
    void setDeadline(std::chrono::milliseconds deadline) { m_deadline = deadline; } // whole request, default 30 s

    // Emits keysReady(issuer, result) once, always after returning (even for cache hits and bad issuers).
    void fetchKeys(const QUrl &issuer);
    // Like fetchKeys, but when the cached keys have no key with `kid` (the issuer may have rotated its
    // keys) they are fetched again, unless that happened less than MinimumRefreshInterval ago.
    void fetchKeysForKid(const QUrl &issuer, const QString &kid);
    // Aborts the running fetch of an issuer's keys; its keysReady() then reports JwksClientError::Cancelled.
    // Returns false when nothing was in flight for it.
    bool cancel(const QUrl &issuer);
    // The cached keys of an issuer, with no request and regardless of age.
    std::optional<JwkSet> cachedKeys(const QUrl &issuer) const;

    // Checks that an issuer URL may be used and normalises it (adds the trailing '/'): absolute https,
    // or http only for 127.0.0.0/8, ::1 and localhost.
    static Result<QUrl> checkIssuer(const QUrl &issuer);

signals:
    void keysReady(const QUrl &issuer, const orglens::jwt::JwksFetchResult &result);

private:
    struct Entry {
        std::optional<JwkSet> keys;
        QUrl source;
        QDateTime fetchedAt;
        QDateTime lastKidRefresh; // when an unknown kid last caused a fetch
        bool inFlight = false;
        bool cancelled = false;        // cancel() was called for the fetch in flight
        QPointer<QNetworkReply> reply; // the request in flight (discovery, then the JWKS)
    };
    struct Response {
        bool reached = false; // the server answered (with any HTTP status)
        int status = 0;
        QByteArray body;
        Error error;
    };

    void request(const QUrl &issuer, const QString &kid);
    void startFetch(const QUrl &issuer);
    void onDiscovery(const QUrl &issuer, const Response &response);
    void fetchJwks(const QUrl &issuer, const QUrl &jwksUrl, const QStringList &notes);
    void finish(JwksFetchResult result);
    void emitLater(JwksFetchResult result);
    void get(const QUrl &issuer, const QUrl &url, ReplyLimits limits, std::function<void(const Response &)> handler);

    QNetworkAccessManager *m_network;
    const Clock &m_clock;
    std::chrono::milliseconds m_timeout{10000};
    std::chrono::milliseconds m_deadline = ReplyLimits::jwks().deadline;
    std::chrono::seconds m_cacheLifetime{600};
    QHash<QString, Entry> m_entries;
};

// Reads a JWKS (or a single JWK) from a file, for --jwks FILE. Errors name the file.
Result<JwkSet> loadJwksFile(const QString &path);

} // namespace orglens::jwt

Q_DECLARE_METATYPE(orglens::jwt::JwksFetchResult)
