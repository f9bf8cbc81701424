#pragma once

#include "common/Clock.h"
#include "jwt/ClaimCatalogue.h"
#include "jwt/TokenDecoder.h"
#include "jwt/TokenKind.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>

namespace orglens::jwt {

// One top-level header parameter or payload claim, explained.
struct ClaimRow {
    QString path; // JSON Pointer from the token root: "/payload/org_id", "/header/kid"
    QString name;
    QJsonValue value;
    ClaimInfo info;
    QString timeText; // for NumericDate claims: UTC ISO-8601 plus relative text; else empty
};

struct InspectionWarning {
    QString code; // stable id: "alg-none", "expired", "not-yet-valid", "untrusted-key-url", ...
    QString message;
};

// Everything a person wants to see of a decoded token, without network or keys.
struct TokenInspection {
    Q_DECLARE_TR_FUNCTIONS(orglens::jwt::TokenInspection)

public:
    DecodedToken token;
    QList<ClaimRow> header;
    QList<ClaimRow> payload;
    KindGuess kind;
    QList<InspectionWarning> warnings;

    // {"header", "payload", "kind", "warnings", "claims": [{path, name, source, explanation, time}]}
    QJsonObject toJson() const;
};

// The warnings alone (alg none, expired, untrusted key references, ...), without per-claim rows.
QList<InspectionWarning> tokenWarnings(const DecodedToken &token, const QDateTime &now);
QJsonArray warningsJson(const QList<InspectionWarning> &warnings); // [{"code", "message"}]

TokenInspection inspectToken(const DecodedToken &token, const Clock &clock = Clock::system());

} // namespace orglens::jwt
