#pragma once

#include <QCoreApplication>
#include <QString>

#include <chrono>

class QNetworkReply;

namespace orglens {

// Limits every reply of OrgLens's clients is read under, whatever the server does: a body larger than maxBytes is
// aborted while it is being read (never buffered whole first), and a request still running at the deadline is aborted
// even if the server keeps trickling bytes (the transfer timeout only catches silence).
struct ReplyLimits {
    Q_DECLARE_TR_FUNCTIONS(orglens::ReplyLimits)

public:
    qint64 maxBytes = 0;
    std::chrono::milliseconds deadline{0};
    QString what; // "JWKS", "token response", …: named in the error

    // Per kind of reply. Sizes are far above what a real tenant sends and far below what hurts.
    static ReplyLimits jwks() { return {1 << 20, std::chrono::seconds(30), QStringLiteral("JWKS")}; }
    static ReplyLimits discovery()
    {
        return {256 << 10, std::chrono::seconds(30), QStringLiteral("discovery document")};
    }
    static ReplyLimits tokenResponse() { return {1 << 20, std::chrono::seconds(60), QStringLiteral("token response")}; }
    static ReplyLimits managementPage()
    {
        return {16 << 20, std::chrono::seconds(120), QStringLiteral("Management API response")};
    }
};

enum class ReplyAbort { None, TooLarge, Deadline };

// Watches `reply` for its whole life: aborts it at the size limit (the Content-Length announced, or the bytes
// received) or at the deadline, and records why on the reply (abortReason).
void enforceLimits(QNetworkReply *reply, const ReplyLimits &limits);

ReplyAbort abortReason(const QNetworkReply *reply);

// "The JWKS from https://… is larger than the limit of 1 MiB: OrgLens stopped reading it." or the deadline's
// equivalent; empty when the reply was not aborted by its limits.
QString limitErrorMessage(const QNetworkReply *reply);

} // namespace orglens
